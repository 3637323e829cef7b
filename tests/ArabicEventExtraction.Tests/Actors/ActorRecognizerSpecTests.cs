using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Tests.Specs;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Actors;

public class ActorRecognizerSpecTests
{
    public static TheoryData<string, string, string> Cases => SpecFile.TwoColumns("Actors/actor_cases.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_actors_with_their_roles(string location, string text, string expected)
    {
        var mentions = ActorRecognizer.Default.Find(ArabicNormalizer.Normalize(text));
        var found = mentions
            .Select(m => $"{m.Code ?? "@" + m.Name}={m.Role.ToString().ToLowerInvariant()}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var wanted = (expected == "-" ? [] : expected.Split(';')).Select(s => s.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(wanted.SequenceEqual(found), $"{location}: expected [{string.Join("; ", wanted)}], found [{string.Join("; ", found)}]");
    }

    [Fact]
    public void Spec_file_has_at_least_sixty_cases()
    {
        Assert.True(Cases.Count >= 60);
    }
}
