using ArabicEventExtraction.Learning;

namespace ArabicEventExtraction.Tests.Learning;

public class BioTagsTests
{
    [Fact]
    public void Chunks_follow_conlleval_an_orphan_inside_tag_starts_an_entity()
    {
        var chunks = BioTags.Chunks(["B-LOC", "I-LOC", "O", "I-ORG", "I-ORG", "B-PERS", "I-LOC"]);

        Assert.Equal(
            [new EntityChunk(0, 2, "LOC"), new EntityChunk(3, 5, "ORG"), new EntityChunk(5, 6, "PERS"), new EntityChunk(6, 7, "LOC")],
            chunks);
    }

    [Fact]
    public void Repair_turns_orphan_inside_tags_into_begin_tags_and_keeps_the_chunks()
    {
        string[] tags = ["I-LOC", "O", "I-ORG", "I-ORG", "B-PERS", "I-LOC"];

        var repaired = BioTags.Repair(tags);

        Assert.Equal(["B-LOC", "O", "B-ORG", "I-ORG", "B-PERS", "B-LOC"], repaired);
        Assert.Equal(BioTags.Chunks(tags), BioTags.Chunks(repaired));
    }

    [Theory]
    [InlineData(null, "I-LOC", false)]
    [InlineData("O", "I-LOC", false)]
    [InlineData("B-ORG", "I-LOC", false)]
    [InlineData("B-LOC", "I-LOC", true)]
    [InlineData("I-LOC", "I-LOC", true)]
    [InlineData("O", "B-LOC", true)]
    [InlineData(null, "O", true)]
    public void Can_follow(string? previous, string current, bool expected) =>
        Assert.Equal(expected, BioTags.CanFollow(previous, current));
}
