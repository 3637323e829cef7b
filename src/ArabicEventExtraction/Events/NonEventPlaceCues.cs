using ArabicEventExtraction.Places;
using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Events;

/// <summary>Words before a place that make it an organisation's seat, not an event's place (Resources/Events/non_event_place_cues.tsv).</summary>
public sealed class NonEventPlaceCues
{
    private const int Window = 3;
    private readonly HashSet<string> _words;

    public static NonEventPlaceCues Default { get; } = new();

    public NonEventPlaceCues() =>
        _words = ResourceFile.ReadLines("Events/non_event_place_cues.tsv").Select(l => ArabicNormalizer.Fold(l.Trim())).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when a cue stands among the few words before the place.</summary>
    public bool Precede(NormalizedText text, PlaceMention place)
    {
        var end = text.FromOriginal(place.Span.Start);
        var from = Math.Max(0, end - 40);
        var words = text.Text[from..end].Split([' ', '\n', ',', '(', '"'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0 && i >= words.Length - Window; i--)
        {
            var w = words[i];
            if (_words.Contains(w) || (w.Length > 3 && w[0] is 'و' or 'ف' && _words.Contains(w[1..]))) return true;
        }
        return false;
    }
}
