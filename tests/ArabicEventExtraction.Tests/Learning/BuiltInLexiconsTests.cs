using ArabicEventExtraction.Learning;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Learning;

public class BuiltInLexiconsTests
{
    [Fact]
    public void Nationality_adjectives_get_their_article_and_feminine_forms()
    {
        Assert.Equal(["فرنسي", "فرنسية", "الفرنسي", "الفرنسية"], BuiltInLexicons.NisbaForms("فرنسي"));
        Assert.Equal(["جنوب أفريقي", "جنوبة أفريقية", "الجنوب الأفريقي", "الجنوبة الأفريقية"], BuiltInLexicons.NisbaForms("جنوب أفريقي"));
    }

    [Fact]
    public void Organisation_heads_get_their_article_form_once()
    {
        Assert.Equal(["مجلس", "المجلس"], BuiltInLexicons.WithArticle("مجلس"));
        Assert.Equal(["الجيش"], BuiltInLexicons.WithArticle("الجيش"));
        Assert.Equal(["الأمم المتحدة"], BuiltInLexicons.WithArticle("الأمم المتحدة"));
    }

    [Theory]
    [InlineData("التقى الرئيس الفرنسي جاك شيراك", 1, 3, "TITLE")]
    [InlineData("قال الدكتور جمال", 1, 2, "TITLE")]
    [InlineData("التقى الرئيس الفرنسي جاك شيراك", 2, 3, "NISBA")]
    [InlineData("التقى الرئيس الفرنسي جاك شيراك", 3, 5, "PERS")]
    [InlineData("وصل وزير الخارجية الأميركية كوندوليزا رايس", 4, 6, "PERS")]
    [InlineData("قال محمد التميمي", 1, 2, "GIVEN")]
    [InlineData("قال محمد التميمي", 2, 3, "FAMILY")]
    [InlineData("قال جون سميث", 2, 3, "FAMILY")]
    [InlineData("بلغ سعر اليورو", 2, 3, "MISC")]
    [InlineData("في بلدة حلب", 1, 2, "LOCCUE")]
    [InlineData("في بلدة حلب", 2, 3, "LOC")]
    [InlineData("في بلدة حلب", 2, 3, "GAZ")]
    [InlineData("في مدينة حلب", 1, 3, "GAZ")]
    [InlineData("قالت وزارة الزراعة", 1, 2, "ORGHEAD")]
    [InlineData("قالت وزارة الدفاع", 1, 3, "ORG")]
    [InlineData("لاعب فريق الرجاء البيضاوي", 1, 2, "ORGCUE")]
    [InlineData("لاعب فريق الرجاء البيضاوي", 2, 4, "ORG")]
    [InlineData("وأعلن المجلس الاقتصادي", 1, 2, "ORGHEAD")]
    [InlineData("قصفت قوات النظام السوري", 1, 4, "ACTOR")]
    // The longest entry starting at a token wins: "مدينة حلب" is a gazetteer name, so "مدينة" is no place cue there.
    public void The_world_names_lexicon_knows_these_names(string sentence, int start, int end, string label)
    {
        Assert.Contains(new LexiconMatch(start, end, label), BuiltInLexicons.WorldNames.Match(Fold(sentence)));
    }

    [Fact]
    public void Given_names_that_are_also_common_words_have_a_label_of_their_own()
    {
        // علي is also the preposition على once folded; باسم is also "in the name of".
        var matches = BuiltInLexicons.WorldNames.Match(Fold("علي باسم خالد"));

        Assert.Contains(new LexiconMatch(0, 1, "GIVENWORD"), matches);
        Assert.Contains(new LexiconMatch(1, 2, "GIVENWORD"), matches);
        Assert.Contains(new LexiconMatch(2, 3, "GIVEN"), matches);
        Assert.DoesNotContain(matches, m => m.Start < 2 && m.Label == "GIVEN");
    }

    [Fact]
    public void The_lexicon_name_says_which_version_of_the_lists_a_model_was_trained_with()
    {
        Assert.Equal("world-names-v2", BuiltInLexicons.WorldNamesName);
        Assert.Empty(BuiltInLexicons.Resolve(["world-names-v1"]));
    }

    private static string[] Fold(string text) => text.Split(' ').Select(ArabicNormalizer.Fold).ToArray();
}
