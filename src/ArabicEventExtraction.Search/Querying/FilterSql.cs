namespace ArabicEventExtraction.Search.Querying;

/// <summary>
/// SQL conditions for validated filters over events <c>e</c> (and, when <c>withDocuments</c>, documents
/// <c>d</c> LEFT JOINed to their events). A date filter keeps events whose period overlaps [From, To];
/// an undated event was stored with its document's date, a document without events is taken at its date.
/// </summary>
public static class FilterSql
{
    public static (string Where, IReadOnlyList<KeyValuePair<string, object>> Parameters) Build(SearchFilters f, bool withDocuments)
    {
        var conditions = new List<string>();
        var parameters = new List<KeyValuePair<string, object>>();
        void Add(string condition, string name, object value)
        {
            conditions.Add(condition);
            parameters.Add(KeyValuePair.Create(name, value));
        }
        if (f.NeedsEvent && withDocuments) conditions.Add("e.event_rowid IS NOT NULL");
        if (f.From is { } from) Add(withDocuments ? "COALESCE(e.day_to, d.dct_day) >= $from" : "e.day_to >= $from", "$from", from.DayNumber);
        if (f.To is { } to) Add(withDocuments ? "COALESCE(e.day_from, d.dct_day) <= $to" : "e.day_from <= $to", "$to", to.DayNumber);
        if (f.Kind is { } kind) Add("e.kind = $kind", "$kind", kind);
        if (f.Place is { } place) Add("e.event_rowid IN (SELECT event_rowid FROM place_names WHERE name_key = $place)", "$place", place);
        if (f.Actor is { } actor)
            Add("EXISTS (SELECT 1 FROM actors a WHERE a.event_rowid = e.event_rowid AND (a.code = $actor COLLATE NOCASE OR a.name = $actor))", "$actor", actor);
        if (f.Category is not null || f.Group is not null || f.Min is not null)
        {
            var figure = new List<string> { "f.event_rowid = e.event_rowid" };
            if (f.Category is { } c) { figure.Add("f.category = $category"); parameters.Add(KeyValuePair.Create("$category", (object)c)); }
            if (f.Group is { } g) { figure.Add("f.grp = $group"); parameters.Add(KeyValuePair.Create("$group", (object)g)); }
            if (f.Min is { } min) { figure.Add("f.value >= $min"); parameters.Add(KeyValuePair.Create("$min", (object)min)); }
            conditions.Add($"EXISTS (SELECT 1 FROM figures f WHERE {string.Join(" AND ", figure)})");
        }
        return (conditions.Count == 0 ? "1" : string.Join(" AND ", conditions), parameters);
    }
}
