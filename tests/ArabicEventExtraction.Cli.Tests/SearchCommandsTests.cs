using System.Text.Json;

namespace ArabicEventExtraction.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public class SearchCommandsTests
{
    [Fact]
    public void Index_search_and_export_events_with_their_documents()
    {
        using var dir = new TempDir();
        SearchCorpus.Write(dir.PathOf("docs.jsonl"), dir.PathOf("events.jsonl"), 40);
        var db = dir.PathOf("store.db");

        var index = CliRunner.Run("index", dir.PathOf("events.jsonl"), "--docs", dir.PathOf("docs.jsonl"), "--db", db);
        Assert.Equal(ExitCodes.Ok, index.ExitCode);
        Assert.Contains("40 added", index.StdErr);
        Assert.Contains("40 unchanged", CliRunner.Run("index", dir.PathOf("events.jsonl"), "--docs", dir.PathOf("docs.jsonl"), "--db", db).StdErr);

        var search = CliRunner.Run("search", "المدنيين", "--db", db, "--place", "حلب", "--from", "2016-01-01", "--to", "2016-01-31", "--json", "--facets", "--limit", "3");
        Assert.Equal(ExitCodes.Ok, search.ExitCode);
        using var json = JsonDocument.Parse(search.StdOut);
        var hits = json.RootElement.GetProperty("hits");
        Assert.Equal(3, hits.GetArrayLength());
        foreach (var hit in hits.EnumerateArray())
        {
            Assert.Equal("الكلاسة", hit.GetProperty("event").GetProperty("places")[0].GetProperty("name").GetString());
            var snippet = hit.GetProperty("snippet");
            var h = snippet.GetProperty("highlights")[0];
            var text = snippet.GetProperty("text").GetString()!;
            var start = snippet.GetProperty("start").GetInt32();
            Assert.Equal("مدنياً", text[(h.GetProperty("start").GetInt32() - start)..(h.GetProperty("end").GetInt32() - start)]);
        }
        // Days 1, 5, ..., 29 of January are in الكلاسة: 8 events.
        Assert.Equal(8, json.RootElement.GetProperty("facets").GetProperty("events").GetInt64());

        var geo = CliRunner.Run("export", "--db", db, "--format", "geojson", "--actor", "SYR_GOV", "-o", dir.PathOf("events.geojson"));
        Assert.Equal(ExitCodes.Ok, geo.ExitCode);
        using var features = JsonDocument.Parse(File.ReadAllText(dir.PathOf("events.geojson")));
        Assert.Equal(40, features.RootElement.GetProperty("features").GetArrayLength());
        Assert.Contains(features.RootElement.GetProperty("features").EnumerateArray(), f =>
            f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble() == 37.14 && f.GetProperty("properties").GetProperty("place").GetString() == "الكلاسة");

        Assert.Equal(ExitCodes.Ok, CliRunner.Run("export", "--db", db, "--format", "csv", "--kind", "incident", "-o", dir.PathOf("f.csv")).ExitCode);
        Assert.Equal(41, File.ReadAllLines(dir.PathOf("f.csv")).Length);
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("export", "--db", db, "-o", dir.PathOf("e.jsonl")).ExitCode);
        Assert.Equal(File.ReadAllLines(dir.PathOf("events.jsonl")).Order(), File.ReadAllLines(dir.PathOf("e.jsonl")).Order());
    }

    [Fact]
    public void Unknown_filter_values_and_foreign_files_get_one_line_errors()
    {
        using var dir = new TempDir();
        SearchCorpus.Write(dir.PathOf("docs.jsonl"), dir.PathOf("events.jsonl"), 8);
        var db = dir.PathOf("store.db");
        CliRunner.Run("index", dir.PathOf("events.jsonl"), "--docs", dir.PathOf("docs.jsonl"), "--db", db);

        var actor = CliRunner.Run("search", "قصف", "--db", db, "--actor", "XYZ");
        Assert.Equal(ExitCodes.Failed, actor.ExitCode);
        Assert.Contains("SYR_GOV", actor.StdErr);
        var category = CliRunner.Run("export", "--db", db, "--category", "foo");
        Assert.Contains("killed, injured", category.StdErr);
        var date = CliRunner.Run("search", "قصف", "--db", db, "--from", "2016-02-30");
        Assert.Equal(ExitCodes.UsageError, date.ExitCode);

        var foreign = dir.Write("notes.db", "not a database at all");
        var run = CliRunner.Run("index", dir.PathOf("events.jsonl"), "--docs", dir.PathOf("docs.jsonl"), "--db", foreign);
        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("not modified", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
        Assert.Equal("not a database at all", File.ReadAllText(foreign));
    }

    [Fact]
    public void Events_of_unknown_documents_and_bad_lines_are_reported_with_file_and_line()
    {
        using var dir = new TempDir();
        SearchCorpus.Write(dir.PathOf("docs.jsonl"), dir.PathOf("events.jsonl"), 3);
        File.AppendAllText(dir.PathOf("events.jsonl"), "{\"doc_id\": \"ghost\", \"event_id\": \"ghost#1\", \"kind\": \"incident\", \"evidence\": {\"start\": 0, \"end\": 1}}\nnot json\n");

        var run = CliRunner.Run("index", dir.PathOf("events.jsonl"), "--docs", dir.PathOf("docs.jsonl"), "--db", dir.PathOf("s.db"));

        Assert.Equal(ExitCodes.SomeInputsSkipped, run.ExitCode);
        Assert.Contains("events.jsonl:4", run.StdErr);
        Assert.Contains("ghost", run.StdErr);
        Assert.Contains("events.jsonl:5", run.StdErr);
        Assert.Contains("3 added", run.StdErr);
    }

    [Fact]
    public void Index_extracts_plain_documents()
    {
        using var dir = new TempDir();
        var docs = dir.Write("docs.jsonl", "{\"id\": \"a\", \"dct\": \"2016-12-13\", \"text\": \"قتل خمسة مدنيين في قصف على حي الكلاسة\"}\n");
        var db = dir.PathOf("s.db");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("index", docs, "--db", db).ExitCode);
        var search = CliRunner.Run("search", "مدني", "--db", db);
        Assert.Contains("**مدنيين**", search.StdOut);
    }
}
