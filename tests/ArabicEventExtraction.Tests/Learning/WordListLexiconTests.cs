using ArabicEventExtraction.Learning;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Learning;

public class WordListLexiconTests
{
    private static readonly WordListLexicon Lexicon = new("test", [("الأمم المتحدة", "ORG"), ("ليبيا", "LOC"), ("العراق", "LOC"), ("ريو دي جانيرو", "LOC")]);

    [Fact]
    public void Matches_multi_word_entries_and_prefers_the_longest()
    {
        var matches = Lexicon.Match(Fold("قالت الأمم المتحدة إن ريو دي جانيرو"));

        Assert.Equal([new LexiconMatch(1, 3, "ORG"), new LexiconMatch(4, 7, "LOC")], matches);
    }

    [Fact]
    public void Matches_a_first_word_with_an_attached_proclitic()
    {
        var matches = Lexicon.Match(Fold("وليبيا وبالعراق للعراق"));

        Assert.Equal([new LexiconMatch(0, 1, "LOC"), new LexiconMatch(1, 2, "LOC"), new LexiconMatch(2, 3, "LOC")], matches);
    }

    [Fact]
    public void A_name_with_several_labels_gives_a_match_per_label_in_the_order_they_were_added()
    {
        var lexicon = new WordListLexicon("test", [("عبد الله", "GIVEN"), ("حلب", "LOC"), ("عبد الله", "FAMILY"), ("حلب", "LOC")]);

        var matches = lexicon.Match(Fold("قال عبد الله في حلب"));

        Assert.Equal([new LexiconMatch(1, 3, "GIVEN"), new LexiconMatch(1, 3, "FAMILY"), new LexiconMatch(4, 5, "LOC")], matches);
        Assert.Equal(2, lexicon.Count);
    }

    [Fact]
    public void The_built_in_lexicon_is_found_by_the_name_a_model_records()
    {
        var lexicons = BuiltInLexicons.Resolve([BuiltInLexicons.WorldNamesName, "someone-elses"]);

        Assert.Same(BuiltInLexicons.WorldNames, Assert.Single(lexicons));
        Assert.True(BuiltInLexicons.WorldNames.Count > 500);
        Assert.Contains(new LexiconMatch(1, 2, "LOC"), BuiltInLexicons.WorldNames.Match(Fold("في دمشق")));
    }

    private static string[] Fold(string text) => text.Split(' ').Select(ArabicNormalizer.Fold).ToArray();
}
