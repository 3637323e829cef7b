using System.Globalization;
using ArabicEventExtraction.Events;
using ArabicEventExtraction.Figures;

namespace ArabicEventExtraction.Serialization;

/// <summary>A flat table, one row per figure with its event's attributes, for spreadsheets.</summary>
public sealed class FigureCsvWriter(TextWriter output)
{
    public static readonly string[] Header =
    [
        "doc_id", "event_id", "kind", "event_type", "date_start", "date_end", "place", "admin1", "country",
        "lat", "lon", "actors", "source", "category", "group", "value", "qualifier", "text", "start", "end",
    ];

    public void WriteHeader() => output.WriteLine(string.Join(',', Header));

    public void Write(ExtractedEvent ev, string text)
    {
        var place = ev.Places.Count > 0 ? ev.Places[0] : null;
        var actors = string.Join(';', ev.Actors.Select(a => a.Code ?? a.Name));
        foreach (FigureMention f in ev.Figures)
        {
            string?[] row =
            [
                ev.DocId, ev.EventId, Names.Of(ev.Kind), Names.Of(ev.Type),
                ev.Date?.Start.ToString(), ev.Date?.End.ToString(),
                place?.Name, place?.Admin1, place?.Country,
                place?.Lat?.ToString(CultureInfo.InvariantCulture), place?.Lon?.ToString(CultureInfo.InvariantCulture),
                actors, ev.Source, Names.Of(f.Category), Names.Of(f.Group),
                f.Value?.ToString(CultureInfo.InvariantCulture), Names.Of(f.Qualifier), f.Span.Of(text),
                f.Span.Start.ToString(CultureInfo.InvariantCulture), f.Span.End.ToString(CultureInfo.InvariantCulture),
            ];
            output.WriteLine(string.Join(',', row.Select(Escape)));
        }
    }

    public static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field)) return "";
        var needsQuotes = field.AsSpan().IndexOfAny(",\"\n\r") >= 0;
        // A leading = + - @ would be run as a formula by spreadsheets.
        if (field[0] is '=' or '+' or '-' or '@') field = "'" + field;
        return needsQuotes ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
