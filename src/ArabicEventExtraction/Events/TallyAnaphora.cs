using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Events;

/// <summary>Phrases (Resources/Events/tally_anaphora.tsv) by which a sentence points back to a count given before it.</summary>
public sealed class TallyAnaphora
{
    private readonly string[] _phrases;

    public static TallyAnaphora Default { get; } = new("Events/tally_anaphora.tsv");

    public TallyAnaphora(string resource) =>
        _phrases = ResourceFile.ReadFoldedWords(resource).ToArray();

    /// <summary>The original span of the first such phrase standing as whole words inside <paramref name="unit"/>, if any.</summary>
    public TextSpan? Find(NormalizedText text, TextSpan unit)
    {
        var start = text.FromOriginal(unit.Start);
        var end = text.FromOriginal(unit.End);
        foreach (var phrase in _phrases)
        {
            for (var at = text.Text.IndexOf(phrase, start, end - start, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < end ? text.Text.IndexOf(phrase, at + 1, end - at - 1, StringComparison.Ordinal) : -1)
            {
                var after = at + phrase.Length;
                if ((at == 0 || !char.IsLetter(text.Text[at - 1]) || text.Text[at - 1] == 'و') && (after >= text.Text.Length || !char.IsLetter(text.Text[after])))
                    return text.ToOriginal(at, after);
            }
        }
        return null;
    }
}
