using ArabicEventExtraction.Learning;

namespace ArabicEventExtraction.Tests.Learning;

/// <summary>A small separable tagging problem written by us: place and organisation names in fixed frames.</summary>
public static class ToyCorpus
{
    private static readonly string[] Places = ["حلب", "دمشق", "حمص", "ادلب", "درعا", "الرقة"];
    private static readonly string[][] Organisations = [["الهلال", "الأحمر"], ["الدفاع", "المدني"], ["الأمم", "المتحدة"]];
    private static readonly string[] Verbs = ["قصف", "غارة", "هجوم", "انفجار"];

    public static List<TaggedSentence> Sentences(int count, int seed)
    {
        var random = new Random(seed);
        var result = new List<TaggedSentence>();
        for (var n = 0; n < count; n++)
        {
            var tokens = new List<string>();
            var tags = new List<string>();
            void Add(string token, string tag) { tokens.Add(token); tags.Add(tag); }
            var org = Organisations[random.Next(Organisations.Length)];
            Add("قال", "O");
            Add(org[0], "B-ORG");
            Add(org[1], "I-ORG");
            Add("إن", "O");
            Add(Verbs[random.Next(Verbs.Length)], "O");
            Add("وقع", "O");
            Add("في", "O");
            Add(Places[random.Next(Places.Length)], "B-LOC");
            if (random.Next(2) == 0)
            {
                Add("و", "O");
                Add(Places[random.Next(Places.Length)], "B-LOC");
            }
            Add(".", "O");
            result.Add(new TaggedSentence(tokens, tags));
        }
        return result;
    }

    public static string ToConll(IEnumerable<TaggedSentence> sentences) =>
        string.Join("\n\n", sentences.Select(s => string.Join("\n", s.Tokens.Zip(s.Tags, (t, g) => $"{t} {g}")))) + "\n";
}
