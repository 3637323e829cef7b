using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Actors;

/// <summary>
/// Finds reporting cues in a sentence, so an event's source can be filled: "وفق المرصد",
/// "بحسب", "قال", "أفاد", "وثقت الشبكة", "ذكرت وكالة". The organisation is looked for after the
/// cue first ("أفاد المرصد"), then just before it ("المرصد قال").
/// </summary>
public sealed class SourceFinder
{
    private const int LookAhead = 6;
    private const int LookBehind = 4;

    private readonly ActorLexicon _lexicon;

    private SourceFinder(ActorLexicon lexicon) => _lexicon = lexicon;

    public static SourceFinder Default { get; } = new(ActorLexicon.Default);

    /// <summary>Cues inside <paramref name="sentence"/>, a span of the original text.</summary>
    public IReadOnlyList<SourceCue> Find(NormalizedText text, TextSpan sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.FromOriginal(Math.Clamp(sentence.Start, 0, text.Original.Length));
        var end = text.FromOriginal(Math.Clamp(sentence.End, 0, text.Original.Length));
        if (end <= start) return [];
        var words = WordSequence.Split(text.Text, start, end);
        var cues = new List<SourceCue>();
        for (var i = 0; i < words.Count; i++)
        {
            if (_lexicon.SourceCues.MatchAt(words, i) is not { } cue) continue;
            var cueSpan = text.ToOriginal(words[i].Start + cue.Prefix, words[cue.End - 1].End);
            var source = SourceAfter(words, cue.End) ?? SourceBefore(words, i);
            cues.Add(source is { } s
                ? new SourceCue(cueSpan, cue.Value)
                {
                    SourceName = s.Value.Name,
                    SourceSpan = text.ToOriginal(words[s.First].Start + s.Prefix, words[s.End - 1].End),
                }
                : new SourceCue(cueSpan, cue.Value));
            i = cue.End - 1;
        }
        return cues;
    }

    private PhraseMatch<ActorEntry>? SourceAfter(WordSequence words, int from)
    {
        for (var j = from; j < words.Count && j < from + LookAhead; j++)
        {
            if (words[j].Sentence != words[from - 1].Sentence) return null;
            if (_lexicon.Names.MatchAt(words, j) is { } match)
            {
                if (match.Value.IsSource) return match;
                j = match.End - 1;
            }
        }
        return null;
    }

    private PhraseMatch<ActorEntry>? SourceBefore(WordSequence words, int cue)
    {
        for (var j = cue - 1; j >= 0 && j >= cue - LookBehind; j--)
            if (_lexicon.Names.MatchAt(words, j) is { Value.IsSource: true } match && match.End <= cue)
                return match;
        return null;
    }
}
