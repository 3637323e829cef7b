using System.Text;
using System.Text.Json;
using ArabicEventExtraction.Readers.Tests.Pdf;

namespace ArabicEventExtraction.Cli.Tests.Input;

[Collection(ConsoleCollection.Name)]
public class InputFormatTests
{
    private const string Article = """
        <html><head><meta charset="utf-8"><title>قصف على كفرنبل</title>
        <meta property="og:title" content="قصف جوي على كفرنبل">
        <meta property="og:site_name" content="شبكة الأخبار المحلية">
        <link rel="canonical" href="https://example.org/2017/kafranbel">
        <meta property="article:published_time" content="2017-03-05T09:30:00+02:00"></head>
        <body><nav><ul><li><a href="/">الرئيسية</a></li></ul></nav>
        <article><h1>قصف جوي على كفرنبل</h1><p>قتل خمسة مدنيين بينهم طفلان في قصف جوي على بلدة كفرنبل في ريف إدلب أمس.</p></article>
        <footer>جميع الحقوق محفوظة</footer></body></html>
        """;

    [Fact]
    public void An_html_page_gives_events_with_its_title_url_site_and_date_and_save_docs_keeps_its_text()
    {
        using var dir = new TempDir();
        var page = dir.Write("page.html", Article);

        var run = CliRunner.Run("extract", page, "-o", dir.PathOf("events.jsonl"), "--save-docs", dir.PathOf("docs.jsonl"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var saved = JsonDocument.Parse(File.ReadAllLines(dir.PathOf("docs.jsonl")).Single()).RootElement;
        var text = saved.GetProperty("text").GetString()!;
        Assert.Equal("page", saved.GetProperty("id").GetString());
        Assert.Equal("2017-03-05", saved.GetProperty("dct").GetString());
        Assert.Equal("قصف جوي على كفرنبل", saved.GetProperty("title").GetString());
        Assert.Equal("https://example.org/2017/kafranbel", saved.GetProperty("url").GetString());
        Assert.Equal("شبكة الأخبار المحلية", saved.GetProperty("source").GetString());
        Assert.DoesNotContain("الرئيسية", text);
        Assert.DoesNotContain("الحقوق", text);

        var ev = JsonDocument.Parse(File.ReadAllLines(dir.PathOf("events.jsonl")).First()).RootElement;
        Assert.Equal("قصف جوي على كفرنبل", ev.GetProperty("doc_title").GetString());
        Assert.Equal("https://example.org/2017/kafranbel", ev.GetProperty("doc_url").GetString());
        Assert.Equal("شبكة الأخبار المحلية", ev.GetProperty("doc_source").GetString());
        Assert.Equal("2017-03-04", ev.GetProperty("date").GetProperty("start").GetString());
        var figure = ev.GetProperty("figures")[0];
        Assert.Equal(figure.GetProperty("text").GetString(), text[figure.GetProperty("start").GetInt32()..figure.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void The_dct_option_overrides_the_date_of_the_page()
    {
        using var dir = new TempDir();
        var page = dir.Write("page.html", Article);

        var run = CliRunner.Run("extract", page, "--dct", "2020-01-10", "-o", dir.PathOf("events.jsonl"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var ev = JsonDocument.Parse(File.ReadAllLines(dir.PathOf("events.jsonl")).First()).RootElement;
        Assert.Equal("2020-01-09", ev.GetProperty("date").GetProperty("start").GetString());
    }

    [Fact]
    public void Title_url_and_source_of_a_docs_jsonl_flow_into_the_events()
    {
        using var dir = new TempDir();
        var docs = dir.Write("docs.jsonl",
            "{\"id\": \"a\", \"dct\": \"2016-12-13\", \"title\": \"عنوان\", \"url\": \"https://example.org/a\", \"source\": \"شبكة\", \"text\": \"قتل 5 مدنيين في حلب أمس\"}\n");

        var run = CliRunner.Run("extract", docs);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var ev = JsonDocument.Parse(run.StdOut.Split('\n')[0]).RootElement;
        Assert.Equal("عنوان", ev.GetProperty("doc_title").GetString());
        Assert.Equal("https://example.org/a", ev.GetProperty("doc_url").GetString());
        Assert.Equal("شبكة", ev.GetProperty("doc_source").GetString());
    }

    [PdfToolFact]
    public void A_pdf_report_is_read_in_logical_order()
    {
        using var dir = new TempDir();
        var pdf = dir.PathOf("report.pdf");
        ArabicPdfWriter.Write(pdf, ["قتل 5 مدنيين في حلب أمس", "وأصيب ثلاثة أطفال بجروح"]);

        var run = CliRunner.Run("extract", pdf, "--dct", "2016-12-13", "-o", dir.PathOf("events.jsonl"), "--save-docs", dir.PathOf("docs.jsonl"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var saved = JsonDocument.Parse(File.ReadAllLines(dir.PathOf("docs.jsonl")).Single()).RootElement;
        Assert.Equal("قتل 5 مدنيين في حلب أمس\nوأصيب ثلاثة أطفال بجروح", saved.GetProperty("text").GetString());
        Assert.Contains("\"value\":5", File.ReadAllText(dir.PathOf("events.jsonl")));
    }

    [Theory]
    [InlineData("windows-1256")]
    [InlineData("iso-8859-6")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Detects_the_encoding_of_a_text_file(string encodingName)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var dir = new TempDir();
        const string text = "قتل خمسة مدنيين في قصف على بلدة كفرنبل امس.";
        var file = dir.PathOf("old.txt");
        File.WriteAllBytes(file, Encoding.GetEncoding(encodingName).GetBytes(text));

        var run = CliRunner.Run("extract", file, "--dct", "2017-03-05", "--save-docs", dir.PathOf("docs.jsonl"), "-o", dir.PathOf("events.jsonl"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var saved = JsonDocument.Parse(File.ReadAllLines(dir.PathOf("docs.jsonl")).Single()).RootElement;
        Assert.Equal(text, saved.GetProperty("text").GetString());
    }

    [Fact]
    public void The_encoding_option_decodes_what_detection_would_refuse()
    {
        using var dir = new TempDir();
        var file = dir.PathOf("latin.txt");
        File.WriteAllBytes(file, Encoding.Latin1.GetBytes("Le comité a publié un rapport détaillé."));

        var refused = CliRunner.Run("extract", file, "-o", dir.PathOf("a.jsonl"));
        var decoded = CliRunner.Run("extract", file, "--encoding", "iso-8859-1", "-o", dir.PathOf("b.jsonl"), "--save-docs", dir.PathOf("docs.jsonl"));
        var unknown = CliRunner.Run("extract", file, "--encoding", "klingon-8");

        Assert.Equal(ExitCodes.SomeInputsSkipped, refused.ExitCode);
        Assert.Contains("--encoding", refused.StdErr);
        Assert.Equal(ExitCodes.Ok, decoded.ExitCode);
        Assert.Contains("comité", File.ReadAllText(dir.PathOf("docs.jsonl")));
        Assert.Equal(ExitCodes.UsageError, unknown.ExitCode);
    }

    [Fact]
    public void Folders_are_read_recursively_and_glob_patterns_expand()
    {
        using var dir = new TempDir();
        dir.Write("in/a.txt", "قتل خمسة مدنيين في حلب.");
        dir.Write("in/deep/b.html", Article);
        dir.Write("in/deep/c.jsonl", "{\"id\": \"c\", \"text\": \"أصيب 3 أطفال\"}\n");
        dir.Write("in/notes.md", "ignored");

        var folder = CliRunner.Run("extract", dir.PathOf("in"), "--save-docs", dir.PathOf("f.jsonl"), "-o", dir.PathOf("f-events.jsonl"));
        var glob = CliRunner.Run("extract", Path.Combine(dir.Path, "in", "**", "*.html"), "--save-docs", dir.PathOf("g.jsonl"), "-o", dir.PathOf("g-events.jsonl"));
        var noMatch = CliRunner.Run("extract", Path.Combine(dir.Path, "in", "*.pdf"));

        Assert.Equal(ExitCodes.Ok, folder.ExitCode);
        Assert.Equal(["a", "b", "c"], IdsIn(dir.PathOf("f.jsonl")));
        Assert.Equal(ExitCodes.Ok, glob.ExitCode);
        Assert.Equal(["b"], IdsIn(dir.PathOf("g.jsonl")));
        Assert.Equal(ExitCodes.SomeInputsSkipped, noMatch.ExitCode);
        Assert.Contains("no file matches", noMatch.StdErr);
    }

    [Fact]
    public void Standard_input_may_be_plain_text_or_docs_jsonl()
    {
        var text = CliRunner.RunWithInput("قتل 5 مدنيين في حلب أمس\n", "extract", "-", "--dct", "2016-12-13");
        var jsonl = CliRunner.RunWithInput(
            "{\"id\": \"a\", \"dct\": \"2016-12-13\", \"text\": \"قتل 5 مدنيين في حلب أمس\"}\n{\"id\": 7}\n", "extract", "-");

        Assert.Equal(ExitCodes.Ok, text.ExitCode);
        Assert.Contains("\"doc_id\":\"stdin\"", text.StdOut);
        Assert.Equal(ExitCodes.SomeInputsSkipped, jsonl.ExitCode);
        Assert.Contains("\"doc_id\":\"a\"", jsonl.StdOut);
        Assert.Contains("<stdin>:2", jsonl.StdErr);
    }

    private static string[] IdsIn(string docsJsonl) =>
        File.ReadAllLines(docsJsonl).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();
}
