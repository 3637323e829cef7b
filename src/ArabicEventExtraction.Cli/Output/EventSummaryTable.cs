using ArabicEventExtraction.Events;
using ArabicEventExtraction.Serialization;

namespace ArabicEventExtraction.Cli.Output;

/// <summary>A short human-readable table of events: date, place, actors, figures.</summary>
public sealed class EventSummaryTable
{
    private readonly List<string[]> _rows = [];

    public void Add(ExtractedEvent ev, string text)
    {
        var date = ev.Date is { } d ? (d.Start == d.End ? d.Start.ToString() : $"{d.Start}..{d.End}") : "-";
        var place = ev.Places.Count > 0 ? ev.Places[0].Name : "-";
        var actors = ev.Actors.Count > 0 ? string.Join(",", ev.Actors.Select(a => a.Code ?? a.Name)) : "-";
        var figures = string.Join("; ", ev.Figures.Select(f => $"{Names.Of(f.Category)}/{Names.Of(f.Group)}={f.Value?.ToString() ?? "?"}"));
        _rows.Add([ev.EventId, Names.Of(ev.Kind), date, place, actors, figures]);
    }

    public void Print(TextWriter output)
    {
        string[] header = ["event", "kind", "date", "place", "actors", "figures"];
        var widths = header.Select((h, i) => Math.Min(40, Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length)))).ToArray();
        output.WriteLine(Line(header));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows) output.WriteLine(Line(row));

        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => (c.Length > widths[i] ? c[..(widths[i] - 1)] + "…" : c).PadRight(widths[i])));
    }
}
