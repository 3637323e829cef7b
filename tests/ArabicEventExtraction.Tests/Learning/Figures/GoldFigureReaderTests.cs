using ArabicEventExtraction.Learning;
using ArabicEventExtraction.Learning.Figures;

namespace ArabicEventExtraction.Tests.Learning.Figures;

public class GoldFigureReaderTests
{
    [Fact]
    public void Reads_figures_with_one_or_several_acceptable_groups()
    {
        const string line = "{\"doc_id\": \"d1\", \"figures\": [{\"category\": \"injured\", \"group\": [\"civilians\", \"total\"], \"text\": \"نحو 30 آخرين\", \"optional\": true}, {\"category\": \"killed\", \"group\": \"children\", \"text\": \"خمسة أطفال\"}]}";

        var gold = GoldFigureReader.Read(new StringReader(line), "gold.jsonl");

        var figures = gold["d1"];
        Assert.Equal(["civilians", "total"], figures[0].Groups);
        Assert.True(figures[0].Optional);
        Assert.Equal("killed", figures[1].Category);
    }

    [Theory]
    [InlineData("{\"doc_id\": \"d1\", \"figures\": []}\n{\"doc_id\": ", 2, "not a JSON object")]
    [InlineData("{\"figures\": []}", 1, "doc_id")]
    [InlineData("{\"doc_id\": \"d1\", \"figures\": [{\"category\": \"killed\", \"text\": \"5\"}]}", 1, "lacks a \"group\"")]
    [InlineData("{\"doc_id\": \"d1\", \"figures\": []}\n{\"doc_id\": \"d1\", \"figures\": []}", 2, "duplicate doc_id")]
    public void A_malformed_line_is_reported_with_file_and_line(string content, int line, string problem)
    {
        var error = Assert.Throws<TaggedCorpusException>(() => GoldFigureReader.Read(new StringReader(content), "gold.jsonl"));

        Assert.StartsWith($"gold.jsonl:{line}: ", error.Message);
        Assert.Contains(problem, error.Message);
    }
}
