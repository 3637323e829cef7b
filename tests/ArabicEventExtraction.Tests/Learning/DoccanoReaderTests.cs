using ArabicEventExtraction.Learning;

namespace ArabicEventExtraction.Tests.Learning;

public class DoccanoReaderTests
{
    [Fact]
    public void Spans_are_aligned_to_tokens_and_sentences_end_at_final_punctuation()
    {
        const string text = "قصف الطيران مدينة حلب. وقال الدفاع المدني إن القصف استمر";
        var line = "{\"text\": \"" + text + "\", \"label\": [[18, 21, \"LOC\"], [28, 41, \"ORG\"]]}";

        var sentences = DoccanoReader.Read(new StringReader(line), "a.jsonl");

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["O", "O", "O", "B-LOC", "O"], sentences[0].Tags);
        Assert.Equal(["وقال", "الدفاع", "المدني", "إن", "القصف", "استمر"], sentences[1].Tokens);
        Assert.Equal(["O", "B-ORG", "I-ORG", "O", "O", "O"], sentences[1].Tags);
    }

    [Fact]
    public void The_labels_key_and_a_record_without_labels_are_accepted()
    {
        var sentences = DoccanoReader.Read(new StringReader("{\"text\": \"في حلب\", \"labels\": [[3, 6, \"LOC\"]]}\n\n{\"text\": \"لا شيء\"}\n"), "a.jsonl");

        Assert.Equal(["O", "B-LOC"], sentences[0].Tags);
        Assert.Equal(["O", "O"], sentences[1].Tags);
    }

    [Theory]
    [InlineData("{\"text\": \"في حلب\", \"label\": []}\n{\"text\": \"في\"", 2, "not a JSON object")]
    [InlineData("{\"label\": []}", 1, "missing string field \"text\"")]
    [InlineData("{\"text\": \"في حلب\", \"label\": [[3, 60, \"LOC\"]]}", 1, "outside the text")]
    [InlineData("{\"text\": \"في حلب\", \"label\": [[3, \"LOC\"]]}", 1, "is not [start, end, \"LABEL\"]")]
    [InlineData("{\"text\": \"في حلب\", \"label\": [[0, 4, \"LOC\"], [3, 6, \"LOC\"]]}", 1, "overlap")]
    public void A_malformed_line_is_reported_with_file_and_line(string content, int line, string problem)
    {
        var error = Assert.Throws<TaggedCorpusException>(() => DoccanoReader.Read(new StringReader(content), "ann.jsonl"));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"ann.jsonl:{line}: ", error.Message);
        Assert.Contains(problem, error.Message);
    }
}
