using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Events;

/// <summary>Verbs of saying (Resources/Events/reporting_verbs.tsv): a date right after one dates a statement, not an event.</summary>
public sealed class ReportingVerbs
{
    private const int Window = 3;
    private readonly HashSet<string> _verbs;

    public static ReportingVerbs Default { get; } = new();

    public ReportingVerbs() =>
        _verbs = ResourceFile.ReadLines("Events/reporting_verbs.tsv").Select(l => ArabicNormalizer.Fold(l.Trim())).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when a reporting verb stands among the few words before normalized offset <paramref name="dateStart"/>.</summary>
    public bool Precede(NormalizedText text, int dateStart)
    {
        var from = Math.Max(0, dateStart - 60);
        var words = text.Text[from..dateStart].Split([' ', '\n', ',', '،'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0 && i >= words.Length - Window; i--)
        {
            var w = words[i];
            if (_verbs.Contains(w) || (w.Length > 3 && w[0] is 'و' or 'ف' && _verbs.Contains(w[1..]))) return true;
        }
        return false;
    }
}
