using ArabicEventExtraction.Learning;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Tests.Learning;

public class ViterbiDecoderTests
{
    private static readonly string[] Labels = ["O", "B-LOC", "I-LOC", "B-ORG", "I-ORG"];

    [Fact]
    public void An_inside_tag_never_follows_O_even_when_it_scores_highest()
    {
        // Token 1 strongly prefers I-LOC but token 0 prefers O: the path must not be O, I-LOC.
        float[] emissions = [5, 0, 0, 0, 0, /**/ 0, 0, 10, 0, 0];
        var transitions = new float[(Labels.Length + 1) * Labels.Length];

        var path = ViterbiDecoder.Decode(emissions, 2, Labels.Length, transitions, ViterbiDecoder.BioConstraints(Labels));

        var tags = path.Select(y => Labels[y]).ToArray();
        Assert.True(BioTags.CanFollow(tags[0], tags[1]), string.Join(' ', tags));
        Assert.Equal(["B-LOC", "I-LOC"], tags);
    }

    [Fact]
    public void Any_scores_decode_to_a_valid_bio_sequence() =>
        Prop.ForAll(
            Gen.Choose(-100, 100).Select(x => x / 10f).ArrayOf().Where(a => a.Length > 0).ToArbitrary(),
            values =>
            {
                var L = Labels.Length;
                var n = Math.Max(1, values.Length / L);
                var emissions = Enumerable.Range(0, n * L).Select(i => values[i % values.Length]).ToArray();
                var transitions = Enumerable.Range(0, (L + 1) * L).Select(i => values[(i * 7) % values.Length]).ToArray();
                var path = ViterbiDecoder.Decode(emissions, n, L, transitions, ViterbiDecoder.BioConstraints(Labels));
                string? previous = null;
                foreach (var y in path)
                {
                    if (!BioTags.CanFollow(previous, Labels[y])) return false;
                    previous = Labels[y];
                }
                return true;
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void Picks_the_highest_scoring_path()
    {
        float[] emissions = [0, 3, 0, 0, 0, /**/ 0, 0, 2, 0, 0, /**/ 4, 0, 0, 0, 0];
        var transitions = new float[(Labels.Length + 1) * Labels.Length];

        var path = ViterbiDecoder.Decode(emissions, 3, Labels.Length, transitions, ViterbiDecoder.BioConstraints(Labels));

        Assert.Equal(["B-LOC", "I-LOC", "O"], path.Select(y => Labels[y]));
    }
}
