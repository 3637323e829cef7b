using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Events;

/// <summary>
/// A word list (Resources/Events/*.tsv) whose words change how a date, place, figure or actor attaches
/// to events: read among the few words before an offset, right after one, between two, or as a word.
/// </summary>
public sealed class CueWords
{
    // Only the last few words matter: look at a short stretch, not the whole text before the offset.
    private const int Stretch = 100;
    private static readonly char[] Separators = [' ', '\n', ',', '(', '"'];
    private readonly HashSet<string> _words;
    private readonly int _window;

    /// <summary>"الهجوم الذي بدأ في منتصف تشرين الثاني": the date starts a running count.</summary>
    public static CueWords Onsets { get; } = new("Events/onset_cues.tsv");

    /// <summary>"كشف تقرير، الثلاثاء، عن": the date dates a statement, not an event.</summary>
    /// <remarks>The subject may stand between: "أعلنت وزارة الداخلية العراقية، الأحد".</remarks>
    public static CueWords ReportingVerbs { get; } = new("Events/reporting_verbs.tsv", window: 5);

    /// <summary>"ومقره لندن": the place is an organisation's seat, not where an event happened.</summary>
    public static CueWords OrganisationSeats { get; } = new("Events/non_event_place_cues.tsv");

    /// <summary>"الأحد، أن 104 أشخاص": read after a date (<see cref="Follow"/>), what was said begins.</summary>
    public static CueWords StatementComplements { get; } = new("Events/statement_complements.tsv");

    /// <summary>"سقط القتلى", "الهجوم": read anywhere in a sentence (<see cref="Between"/>), it speaks again of the event just told.</summary>
    public static CueWords EventAnaphora { get; } = new("Events/event_anaphora.tsv");

    /// <summary>"حصيلة الأسبوع:": as the first word of a paragraph after a timeline, it opens a summary of its entries (<see cref="Lists"/>).</summary>
    public static CueWords TallyLabels { get; } = new("Events/tally_labels.tsv");

    public CueWords(string resource, int window = 3)
    {
        _words = ResourceFile.ReadWordSet(resource);
        _window = window;
    }

    /// <summary>True when a listed word (clitics aside) stands among the few words before original offset <paramref name="originalOffset"/>.</summary>
    public bool Precede(NormalizedText text, int originalOffset)
    {
        var end = text.FromOriginal(originalOffset);
        var words = text.Text[Math.Max(0, end - Stretch)..end].Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0 && i >= words.Length - _window; i--)
            if (FigureLexicon.Stems(words[i]).Any(_words.Contains)) return true;
        return false;
    }

    /// <summary>True when <paramref name="word"/> (clitics aside) is a listed word.</summary>
    public bool Lists(string word) => FigureLexicon.Stems(word).Any(_words.Contains);

    /// <summary>True when the first word after original offset <paramref name="originalOffset"/> is a listed word (clitics aside).</summary>
    public bool Follow(NormalizedText text, int originalOffset)
    {
        var start = text.FromOriginal(originalOffset);
        var words = text.Text[start..Math.Min(text.Text.Length, start + 20)].Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && FigureLexicon.Stems(words[0]).Any(_words.Contains);
    }

    /// <summary>True when a listed word (clitics aside) stands between original offsets <paramref name="originalStart"/> and <paramref name="originalEnd"/>.</summary>
    public bool Between(NormalizedText text, int originalStart, int originalEnd)
    {
        if (originalEnd <= originalStart) return false;
        var words = text.Text[text.FromOriginal(originalStart)..text.FromOriginal(originalEnd)].Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
            if (FigureLexicon.Stems(word).Any(_words.Contains)) return true;
        return false;
    }
}
