using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Numbers;

/// <summary>
/// Finds quantities written as digits, words, mixed forms, dual nouns or vague quantities.
/// Mentions are sorted by start and never overlap: at each place the longest phrase wins.
/// </summary>
public sealed class NumberRecognizer
{
    private readonly NumberAtomizer _atomizer;

    private NumberRecognizer(NumberLexicon lexicon)
    {
        _atomizer = new NumberAtomizer(lexicon);
    }

    public static NumberRecognizer Default { get; } = new(NumberLexicon.Default);

    public IReadOnlyList<NumberMention> Find(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var atoms = _atomizer.Atomize(text.Text);
        var parser = new NumberPhraseParser(atoms);
        var mentions = new List<NumberMention>();
        var i = 0;
        while (i < atoms.Count)
        {
            var afterOrdinal = parser.SkipOrdinal(i);
            if (afterOrdinal > i)
            {
                i = afterOrdinal;
                continue;
            }
            if (parser.ReadAt(i) is not { } phrase)
            {
                i++;
                continue;
            }
            if (ToMention(text, atoms, phrase) is { } mention) mentions.Add(mention);
            i = phrase.EndAtom;
        }
        return mentions;
    }

    private static NumberMention? ToMention(NormalizedText text, List<NumberAtom> atoms, NumberPhrase phrase)
    {
        var span = text.ToOriginal(atoms[phrase.FirstAtom].Start, atoms[phrase.EndAtom - 1].End);
        if (phrase.Value is not { } value)
            return new NumberMention(span, null, phrase.Form) { Low = phrase.Low, High = phrase.High };
        var whole = decimal.Truncate(value);
        if (whole > long.MaxValue) return null;
        return new NumberMention(span, (long)whole, phrase.Form) { HadFraction = phrase.HadFraction };
    }
}
