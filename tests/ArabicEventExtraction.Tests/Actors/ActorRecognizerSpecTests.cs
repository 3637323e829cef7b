using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Actors;

public class ActorRecognizerSpecTests
{
    public static IEnumerable<object[]> Cases() => ActorSpecFile.Cases("actor_cases.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_actors_with_their_roles(ActorSpecCase spec)
    {
        var mentions = ActorRecognizer.Default.Find(ArabicNormalizer.Normalize(spec.Text));
        var found = mentions
            .Select(m => $"{(m.Code ?? "@" + m.Name)}={m.Role.ToString().ToLowerInvariant()}")
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(spec.Expected.Distinct().Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public void Spec_file_has_at_least_sixty_cases()
    {
        Assert.True(Cases().Count() >= 60);
    }
}
