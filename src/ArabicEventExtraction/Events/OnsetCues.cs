using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Events;

/// <summary>Words before a date that make it the start of a running count (Resources/Events/onset_cues.tsv).</summary>
public sealed class OnsetCues
{
    private const int Window = 3;
    private readonly HashSet<string> _words;

    public static OnsetCues Default { get; } = new();

    public OnsetCues() =>
        _words = ResourceFile.ReadLines("Events/onset_cues.tsv").Select(l => ArabicNormalizer.Fold(l.Trim())).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when one of the few words before normalized offset <paramref name="dateStart"/> is an onset cue.</summary>
    public bool Precede(NormalizedText text, int dateStart)
    {
        // Only the few words before the date matter: look at a short stretch, not the whole text before it.
        var from = Math.Max(0, dateStart - 60);
        var words = text.Text[from..dateStart].Split([' ', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0 && i >= words.Length - Window; i--)
        {
            var w = words[i];
            if (_words.Contains(w) || (w.Length > 3 && w[0] is 'و' or 'ف' or 'ب' && _words.Contains(w[1..]))) return true;
        }
        return false;
    }
}
