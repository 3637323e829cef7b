using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ArabicEventExtraction.Cli.Tests.Input;

/// <summary>
/// The bad-input matrix: each input gives correct output or a clear error naming the file (and
/// line), never a crash or a stack trace, and the exit code says whether anything was skipped.
/// A good document is always processed alongside, to show the run went on.
/// </summary>
[Collection(ConsoleCollection.Name)]
public class BadInputMatrixTests
{
    private const string Good = "{\"id\": \"good\", \"dct\": \"2016-12-13\", \"text\": \"قتل 5 مدنيين في حلب أمس\"}\n";

    private static CliRunner.Result RunWithGood(TempDir dir, string badPath, params string[] extra)
    {
        var good = dir.Write("good.jsonl", Good);
        var run = CliRunner.Run(["extract", badPath, good, "-o", dir.PathOf("events.jsonl"), .. extra]);
        Assert.DoesNotContain("   at ", run.StdErr);
        Assert.Contains("\"doc_id\":\"good\"", File.ReadAllText(dir.PathOf("events.jsonl")));
        return run;
    }

    [Fact]
    public void Empty_file_is_skipped_by_name()
    {
        using var dir = new TempDir();
        var run = RunWithGood(dir, dir.Write("empty.txt", ""));
        Assert.Equal(ExitCodes.SomeInputsSkipped, run.ExitCode);
        Assert.Contains("skipped " + dir.PathOf("empty.txt") + ": empty file", run.StdErr);
    }

    [Fact]
    public void Empty_jsonl_file_is_skipped_by_name()
    {
        using var dir = new TempDir();
        var run = RunWithGood(dir, dir.Write("empty.jsonl", "\n\n"));
        Assert.Equal(ExitCodes.SomeInputsSkipped, run.ExitCode);
        Assert.Contains("empty.jsonl: empty file", run.StdErr);
    }

    [Fact]
    public void Whitespace_only_file_is_skipped_by_name()
    {
        using var dir = new TempDir();
        var run = RunWithGood(dir, dir.Write("blank.txt", " \n\t\r\n  \u00A0\n"));
        Assert.Equal(ExitCodes.SomeInputsSkipped, run.ExitCode);
        Assert.Contains("blank.txt: no text", run.StdErr);
    }

    [Fact]
    public void Binary_file_is_skipped_by_name()
    {
        using var dir = new TempDir();
        var blob = dir.PathOf("photo.txt");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        File.WriteAllBytes(blob, bytes);
        var run = RunWithGood(dir, blob);
        Assert.Equal(ExitCodes.SomeInputsSkipped, run.ExitCode);
        Assert.Contains("photo.txt: binary file", run.StdErr);
    }

    [Fact]
    public void Truncated_utf8_text_file_is_skipped_with_the_byte_position()
    {
        using var dir = new TempDir();
        var bytes = Encoding.UTF8.GetBytes("قتل خمسة مدنيين في حلب");
        var cut = dir.PathOf("cut.txt");
        File.WriteAllBytes(cut, bytes[..^1]);
        var run = RunWithGood(dir, cut);
        Assert.Equal(ExitCodes.SomeInputsSkipped, run.ExitCode);
        Assert.Contains("cut.txt: not valid UTF-8 (invalid bytes near byte", run.StdErr);
    }

    [Fact]
    public void Truncated_utf8_in_a_docs_jsonl_keeps_the_lines_before_it()
    {
        using var dir = new TempDir();
        var first = Encoding.UTF8.GetBytes("{\"id\": \"first\", \"dct\": \"2016-12-13\", \"text\": \"قتل 5 مدنيين في حلب أمس\"}\n");
        var second = Encoding.UTF8.GetBytes("{\"id\": \"second\", \"text\": \"قتل");
        var path = dir.PathOf("cut.jsonl");
        File.WriteAllBytes(path, [.. first, .. second[..^1]]);
        var run = RunWithGood(dir, path);
        Assert.Equal(ExitCodes.SomeInputsSkipped, run.ExitCode);
        Assert.Contains("cut.jsonl:2", run.StdErr);
        Assert.Contains("\"doc_id\":\"first\"", File.ReadAllText(dir.PathOf("events.jsonl")));
    }

    [Fact]
    public void Json_line_with_wrong_types_is_skipped_with_its_line_number()
    {
        using var dir = new TempDir();
        var docs = dir.Write("types.jsonl",
            "{\"id\": \"ok\", \"text\": \"أصيب 3 أطفال\"}\n" +
            "{\"id\": \"t\", \"text\": 42}\n" +
            "{\"id\": [1], \"text\": \"نص\"}\n" +
            "{\"id\": \"d\", \"dct\": 20161213, \"text\": \"نص\"}\n" +
            "[\"id\", \"text\"]\n" +
            "{\"id\": \"n\", \"text\": null}\n");
        var run = RunWithGood(dir, docs);
        Assert.Equal(ExitCodes.SomeInputsSkipped, run.ExitCode);
        foreach (var line in new[] { 2, 3, 4, 5, 6 }) Assert.Contains($"types.jsonl:{line}:", run.StdErr);
        Assert.DoesNotContain("types.jsonl:1:", run.StdErr);
        Assert.Contains("5 inputs skipped", run.StdErr);
    }

    [Fact]
    public void Duplicate_ids_keep_the_first_document_and_skip_the_rest()
    {
        using var dir = new TempDir();
        var docs = dir.Write("dup.jsonl",
            "{\"id\": \"x\", \"dct\": \"2016-12-13\", \"text\": \"قتل 5 مدنيين في حلب أمس\"}\n" +
            "{\"id\": \"x\", \"dct\": \"2016-12-13\", \"text\": \"أصيب 3 أطفال في إدلب\"}\n");
        var run = RunWithGood(dir, docs, "--save-docs", dir.PathOf("docs.jsonl"));
        Assert.Equal(ExitCodes.SomeInputsSkipped, run.ExitCode);
        Assert.Contains("dup.jsonl:2: duplicate document id 'x'", run.StdErr);
        Assert.Contains("حلب", File.ReadAllLines(dir.PathOf("docs.jsonl"))[0]);
        Assert.Equal(2, File.ReadAllLines(dir.PathOf("docs.jsonl")).Length);
    }

    [Fact]
    public void Text_of_only_diacritics_and_tatweel_is_processed_and_gives_no_events()
    {
        using var dir = new TempDir();
        var run = RunWithGood(dir, dir.Write("marks.txt", "ـــــ ًٌٍَُِّْ ـَـُـِ\nّّّ ـــ"));
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.DoesNotContain("\"doc_id\":\"marks\"", File.ReadAllText(dir.PathOf("events.jsonl")));
    }

    [Fact]
    public void Right_to_left_marks_and_presentation_forms_are_read_like_plain_letters()
    {
        using var dir = new TempDir();
        // "قتل 5 مدنيين في حلب" with RLM/RLE/PDF marks and the words قتل and في in presentation forms.
        const string text = "\u202Bﻗﺘﻞ\u200F 5 \u200Fمدنيين ﻓﻲ حلب أمس\u202C";
        var docs = dir.Write("marks.jsonl", JsonSerializer.Serialize(new { id = "rtl", dct = "2016-12-13", text }) + "\n");
        var run = RunWithGood(dir, docs);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var ev = File.ReadAllLines(dir.PathOf("events.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .First(e => e.GetProperty("doc_id").GetString() == "rtl");
        var figure = ev.GetProperty("figures")[0];
        Assert.Equal(5, figure.GetProperty("value").GetInt32());
        Assert.Equal("killed", figure.GetProperty("category").GetString());
        Assert.Equal(figure.GetProperty("text").GetString(), text[figure.GetProperty("start").GetInt32()..figure.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void A_line_of_ten_megabytes_without_breaks_is_processed_in_parts()
    {
        using var dir = new TempDir();
        var text = OurSentences.Text(10 * 1024 * 1024 / 2, paragraphBreak: " ");
        var docs = dir.Write("long.jsonl", JsonSerializer.Serialize(new { id = "long", dct = "2016-12-13", text }) + "\n");
        Assert.True(new FileInfo(docs).Length >= 10 * 1024 * 1024);

        var run = RunWithGood(dir, docs, "--save-docs", dir.PathOf("docs.jsonl"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var parts = File.ReadLines(dir.PathOf("docs.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).Where(d => d.GetProperty("id").GetString()!.StartsWith("long:part")).ToList();
        Assert.Equal(text, string.Concat(parts.Select(p => p.GetProperty("text").GetString())));
        AssertSpansMatchSavedTexts(dir);
    }

    [Fact]
    public void A_fifty_megabyte_document_is_processed_in_bounded_time()
    {
        using var dir = new TempDir();
        var path = dir.PathOf("huge.txt");
        File.WriteAllText(path, OurSentences.Text(28 * 1024 * 1024), new UTF8Encoding(false));
        Assert.True(new FileInfo(path).Length >= 50 * 1024 * 1024);

        var clock = Stopwatch.StartNew();
        var run = RunWithGood(dir, path, "--dct", "2016-12-13", "--save-docs", dir.PathOf("docs.jsonl"));
        clock.Stop();

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(10), $"took {clock.Elapsed}");
        Assert.Contains("\"doc_id\":\"huge:part1\"", File.ReadAllText(dir.PathOf("events.jsonl")));
        AssertSpansMatchSavedTexts(dir);
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_skipped_without_reading_it_into_memory()
    {
        using var dir = new TempDir();
        var path = dir.PathOf("monster.jsonl");
        using (var w = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            w.Write("{\"id\": \"m\", \"text\": \"");
            var chunk = new string('ب', 1024 * 1024);
            for (var i = 0; i < 50; i++) w.Write(chunk);
            w.Write("\"}\n");
            w.Write(Good.Replace("good", "after"));
        }
        var run = RunWithGood(dir, path);
        Assert.Equal(ExitCodes.SomeInputsSkipped, run.ExitCode);
        Assert.Contains("monster.jsonl:1: line longer than", run.StdErr);
        Assert.Contains("\"doc_id\":\"after\"", File.ReadAllText(dir.PathOf("events.jsonl")));
    }

    private static void AssertSpansMatchSavedTexts(TempDir dir)
    {
        var texts = File.ReadLines(dir.PathOf("docs.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("text").GetString()!);
        foreach (var line in File.ReadLines(dir.PathOf("events.jsonl")))
        {
            var ev = JsonDocument.Parse(line).RootElement;
            var text = texts[ev.GetProperty("doc_id").GetString()!];
            foreach (var f in ev.GetProperty("figures").EnumerateArray())
                Assert.Equal(f.GetProperty("text").GetString(), text[f.GetProperty("start").GetInt32()..f.GetProperty("end").GetInt32()]);
        }
    }
}
