using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Actors;

public class ActorRecognizerTests
{
    private static IReadOnlyList<ActorMention> Find(string text) => ActorRecognizer.Default.Find(ArabicNormalizer.Normalize(text));

    [Fact]
    public void Spans_cover_the_name_without_its_proclitics_in_the_original_text()
    {
        const string text = "قُتل طفلان بقصفٍ لقوّات النظام وللطيران الروسيّ.";
        var mentions = Find(text);
        Assert.Equal(["قوّات النظام", "لطيران الروسيّ"], mentions.Select(m => m.Span.Of(text)));
        Assert.All(mentions, m => Assert.Equal(ActorRole.Perpetrator, m.Role));
    }

    [Fact]
    public void Unnamed_attackers_are_the_group_that_claimed_the_attack()
    {
        const string text = "أطلق مسلحون النار على المصلين في مسجد، وتبنت جماعة جيش العدل الهجوم.";
        var attackers = Find(text).Single(m => m.Span.Of(text) == "مسلحون");
        Assert.Null(attackers.Code);
        Assert.Equal("جيش العدل", attackers.Name);
        Assert.Equal(ActorRole.Perpetrator, attackers.Role);
    }

    [Fact]
    public void Adopting_a_threat_is_not_claiming_an_attack()
    {
        const string text = "قتل سبعة مسيحيين على أيدي مسلحين في العريش، وتبنى تنظيم ولاية سيناء تهديدا للمسيحيين.";
        Assert.Equal("UNKNOWN", Find(text).Single(m => m.Span.Of(text) == "مسلحين").Code);
    }

    [Fact]
    public void Unnamed_attackers_stay_unknown_without_a_claim()
    {
        const string text = "أطلق مسلحون النار على المصلين في مسجد.";
        Assert.Equal("UNKNOWN", Assert.Single(Find(text)).Code);
    }

    [Fact]
    public void Sources_have_no_code_and_their_canonical_name()
    {
        var source = Assert.Single(Find("وأفاد المرصدُ السوري بمقتل 5 أشخاص."));
        Assert.Equal((null, "المرصد السوري لحقوق الإنسان", ActorRole.Source), (source.Code, source.Name, source.Role));
    }

    [Fact]
    public void The_role_cue_is_reported()
    {
        var mention = Assert.Single(Find("قتل 3 مدنيين على يد قوات النظام."));
        Assert.Equal("علي يد", mention.Cue);
        Assert.Null(Assert.Single(Find("دخلت قوات النظام البلدة.")).Cue);
    }

    [Fact]
    public void The_same_name_resolves_by_the_country_of_its_sentence()
    {
        const string text = "قصف التحالف مواقع في صنعاء اليمنية. وفي سوريا قصف التحالف مواقع في الرقة.";
        Assert.Equal(["SAUDI_COALITION", "COALITION"], Find(text).Select(m => m.Code));
    }

    [Fact]
    public void Empty_and_punctuation_only_texts_have_no_actors()
    {
        Assert.Empty(Find(""));
        Assert.Empty(Find(" ،.؛ «» -"));
    }
}
