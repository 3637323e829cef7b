using ArabicEventExtraction.Learning;

namespace ArabicEventExtraction.Tests.Learning;

public class ConllReaderTests
{
    [Fact]
    public void Blank_lines_separate_sentences()
    {
        var sentences = ConllReader.Read(new StringReader("قصف O\nحلب B-LOC\n\n\nقال O\nالهلال B-ORG\nالأحمر I-ORG\n"), "t.txt");

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["قال", "الهلال", "الأحمر"], sentences[1].Tokens);
        Assert.Equal(["O", "B-ORG", "I-ORG"], sentences[1].Tags);
        Assert.Equal(5, sentences[1].Line);
    }

    [Fact]
    public void Without_blank_lines_sentences_end_at_final_punctuation()
    {
        var sentences = ConllReader.Read(new StringReader("قصف O\nحلب B-LOC\n. O\nقال O\nمسؤول O\n؟ O\nثم O\n"), "t.txt");

        Assert.Equal([3, 3, 1], sentences.Select(s => s.Tokens.Count));
    }

    [Fact]
    public void Tab_separated_lines_and_empty_tokens_are_accepted()
    {
        var sentences = ConllReader.Read(new StringReader("قصف\tO\n O\nحلب\tB-LOC\n"), "t.txt");

        Assert.Equal(["قصف", "حلب"], sentences.Single().Tokens);
    }

    [Fact]
    public void An_orphan_inside_tag_is_read_as_a_begin_tag()
    {
        var sentences = ConllReader.Read(new StringReader("في O\nحلب I-LOC\n"), "t.txt");

        Assert.Equal(["O", "B-LOC"], sentences.Single().Tags);
    }

    [Theory]
    [InlineData("قصف O\nحلب\n", 2, "expected 'token TAG'")]
    [InlineData("قصف O\n\nحلب LOC\n", 3, "not a BIO tag")]
    [InlineData("قصف O\nحلب B-\n", 2, "not a BIO tag")]
    public void A_malformed_line_is_reported_with_file_and_line(string content, int line, string problem)
    {
        var error = Assert.Throws<TaggedCorpusException>(() => ConllReader.Read(new StringReader(content), "data/train.txt"));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"data/train.txt:{line}: ", error.Message);
        Assert.Contains(problem, error.Message);
    }
}
