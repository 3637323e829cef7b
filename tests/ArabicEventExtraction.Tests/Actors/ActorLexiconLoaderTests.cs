using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Resources;

namespace ArabicEventExtraction.Tests.Actors;

public class ActorLexiconLoaderTests
{
    [Fact]
    public void Embedded_dictionary_covers_every_code()
    {
        var lexicon = ActorLexiconLoader.LoadEmbedded();
        Assert.True(lexicon.AliasCount >= 500, $"only {lexicon.AliasCount} aliases");
        var codes = ResourceFile.ReadTable(ActorLexiconLoader.Codes).Select(r => r[0]);
        var aliased = ResourceFile.ReadTable(ActorLexiconLoader.Aliases).Select(r => r[0]).ToHashSet();
        Assert.All(codes, code => Assert.Contains(code, aliased));
    }

    [Theory]
    [InlineData(ActorLexiconLoader.Aliases, "SYR_GOV\tقوات النظام\nNOPE\tقوات ما", "Actors/actor_aliases.tsv line 2: unknown actor code 'NOPE'")]
    [InlineData(ActorLexiconLoader.Aliases, "SYR_GOV\tقوات النظام\n# comment\nRUS\tقوات النظام", "Actors/actor_aliases.tsv line 3: 'قوات النظام' is already listed for SYR_GOV")]
    [InlineData(ActorLexiconLoader.Aliases, "?NOWHERE\tالقوات", "Actors/actor_aliases.tsv line 1: unknown contextual key '?NOWHERE'")]
    [InlineData(ActorLexiconLoader.Aliases, "RUS", "Actors/actor_aliases.tsv line 1: missing aliases (column 2)")]
    [InlineData(ActorLexiconLoader.Contexts, "?GOV\tSY", "Actors/contextual_codes.tsv line 1: expected COUNTRY=CODE, got 'SY'")]
    [InlineData(ActorLexiconLoader.RoleCues, "perpetrator\tabove\tقصف", "Actors/role_cues.tsv line 1: position must be before, after or both, not 'above'")]
    [InlineData(ActorLexiconLoader.Nouns, "vehicle\tقصف", "Actors/attack_nouns.tsv line 1: kind must be 'attack', 'force' or 'weapon', not 'vehicle'")]
    public void A_bad_line_is_reported_with_file_and_line(string file, string content, string message)
    {
        var error = Assert.Throws<LexiconFormatException>(() => ActorLexiconLoader.Load(name =>
            name == file
                ? new StringReader(content)
                : new StreamReader(ResourceFile.Open(name))));
        Assert.StartsWith(message, error.Message);
    }
}
