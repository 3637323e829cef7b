using System.Globalization;
using ArabicEventExtraction.Search.Querying;
using ArabicEventExtraction.Serialization;

namespace ArabicEventExtraction.Cli.Output;

/// <summary>Search results for a terminal: one block per hit with the evidence, matched words between ** marks.</summary>
public static class SearchText
{
    public static void Write(TextWriter output, SearchResult result)
    {
        if (result.Hits.Count == 0) output.WriteLine("no matching events");
        var rank = 0;
        foreach (var hit in result.Hits)
        {
            rank++;
            output.WriteLine($"{rank}. {Describe(hit)}");
            output.WriteLine($"   {hit.Snippet.Marked("**", "**").ReplaceLineEndings(" ")}");
        }
        if (result.Facets is { } f) WriteFacets(output, f);
    }

    private static string Describe(SearchHit hit)
    {
        var score = hit.Score.ToString("F2", CultureInfo.InvariantCulture);
        if (hit.EventJson is null) return $"{hit.DocId}  (document, no events)  {hit.Dct ?? "-"}  score {score}";
        var ev = EventJsonReader.ParseLine(hit.EventJson, hit.DocId, 1).Event;
        if (ev is null) return $"{hit.EventId}  score {score}";
        var date = ev.Date is { } d ? (d.Start == d.End ? d.Start.ToString() : $"{d.Start}..{d.End}") : "-";
        var place = ev.Places.Count > 0 ? ev.Places[0].Name + (ev.Places[0].Admin1 is { } a && a != ev.Places[0].Name ? $" ({a})" : "") : "-";
        var actors = ev.Actors.Count > 0 ? string.Join(",", ev.Actors.Select(x => x.Code ?? x.Name)) : "-";
        var figures = string.Join("; ", ev.Figures.Select(x => $"{Names.Of(x.Category)}/{Names.Of(x.Group)}={x.Value?.ToString(CultureInfo.InvariantCulture) ?? "?"}"));
        return $"{ev.EventId}  {Names.Of(ev.Kind)} {Names.Of(ev.Type)}  {date}  {place}  {actors}  {figures}  score {score}";
    }

    private static void WriteFacets(TextWriter output, Facets f)
    {
        output.WriteLine();
        output.WriteLine($"{f.Events} matching events, {f.Killed} killed");
        Facet(output, "actor", f.Actors);
        Facet(output, "governorate", f.Admin1);
        Facet(output, "place", f.Places);
        Facet(output, "month", f.Months);
        Facet(output, "category", f.Categories);
    }

    private static void Facet(TextWriter output, string title, IReadOnlyList<FacetBucket> buckets)
    {
        output.WriteLine($"by {title}:");
        foreach (var b in buckets) output.WriteLine($"  {b.Key,-24} {b.Events,8} events {b.Killed,10} killed");
    }
}
