using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Tests.Actors;

public class ActorRecognizerPropertyTests
{
    // Names, cues, clitics and punctuation, so generated texts exercise the matchers, not only the scanner.
    private static readonly string[] Pieces =
    [
        "قوات", "النظام", "والنظام", "للنظام", "الروسي", "روسية", "-", "سوري", "غارات", "قصف", "على يد", "من", "عناصر",
        "التحالف", "اليمن", "سوريا", "جماعة", "بوكو", "حرام", "وكالة", "سانا", "المرصد", "قال", "وفق", "،", ".", "\n",
        "\"", "(", ")", "مسلحون", "مجهولون", "اتهمت", "روسيا", "الطيران", "الحربي", "يعتقد أنها", "قتل", "5", "٦٧٦",
        "الحوثيين", "ﻻ", "ً", "ـ", "أ", "ل", "و", " ", "\u200F", "x", "الجيش", "اللبناني", "وكالة شهاب للأنباء",
    ];

    private static readonly HashSet<string> Codes =
        ResourceLines("actor_codes.tsv").Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Any_text_gives_mentions_inside_it_without_throwing()
    {
        Prop.ForAll<string>(s => Holds(s ?? "")).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Texts_made_of_names_and_cues_give_valid_mentions()
    {
        var texts = Gen.Elements(Pieces).ArrayOf().Select(parts => string.Join(" ", parts)).ToArbitrary();
        Prop.ForAll(texts, Holds).QuickCheckThrowOnFailure();
        var glued = Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();
        Prop.ForAll(glued, Holds).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Source_cues_stay_inside_any_sentence_span()
    {
        var texts = Gen.Elements(Pieces).ArrayOf().Select(parts => string.Join(" ", parts)).ToArbitrary();
        Prop.ForAll(texts, ArbMap.Default.ArbFor<int>(), ArbMap.Default.ArbFor<int>(), (text, a, b) =>
        {
            var start = text.Length == 0 ? 0 : Math.Abs(a % (text.Length + 1));
            var end = start + Math.Abs(b % (text.Length - start + 1));
            var sentence = new Documents.TextSpan(start, end);
            return SourceFinder.Default.Find(ArabicNormalizer.Normalize(text), sentence)
                .All(c => sentence.Contains(c.Span) && (c.SourceSpan is not { } s || sentence.Contains(s)));
        }).QuickCheckThrowOnFailure();
    }

    private static bool Holds(string text)
    {
        var mentions = ActorRecognizer.Default.Find(ArabicNormalizer.Normalize(text));
        return mentions.All(m =>
            m.Span.Start >= 0 && m.Span.End <= text.Length && m.Span.Start < m.Span.End
            && (m.Code is null || Codes.Contains(m.Code))
            && (m.Role != ActorRole.Source || m.Code is null)
            && m.Name.Length > 0);
    }

    private static IEnumerable<string> ResourceLines(string file) =>
        Resources.ResourceFile.ReadLines("Actors/" + file);
}
