using System.CommandLine;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Search.Querying;

namespace ArabicEventExtraction.Cli.Search;

/// <summary>The event filters shared by `aee search` and `aee export`.</summary>
public sealed class FilterOptions
{
    private readonly Option<string?> _from = new("--from") { Description = "events whose period ends on or after this date (YYYY-MM-DD)" };
    private readonly Option<string?> _to = new("--to") { Description = "events whose period starts on or before this date (YYYY-MM-DD)" };
    private readonly Option<string?> _place = new("--place") { Description = "place name; includes places inside it (حلب finds الكلاسة)" };
    private readonly Option<string?> _actor = new("--actor") { Description = "perpetrator code (SYR_GOV) or name" };
    private readonly Option<string?> _category = new("--category") { Description = "events with a figure of this category (killed, injured, ...)" };
    private readonly Option<string?> _group = new("--group") { Description = "events with a figure of this group (civilians, children, ...)" };
    private readonly Option<long?> _min = new("--min") { Description = "events with a figure of at least N (of --category/--group when given)" };
    private readonly Option<string?> _kind = new("--kind") { Description = "incident or aggregate" };
    private readonly Option<string> _db = new("--db") { Description = "the event store (SQLite file made by aee index)", Required = true };

    public Option<string> Db => _db;

    public void AddTo(Command command)
    {
        command.Options.Add(_db);
        foreach (var o in new Option[] { _from, _to, _place, _actor, _category, _group, _min, _kind }) command.Options.Add(o);
    }

    /// <summary>The filters, or an error message for a malformed date.</summary>
    public (SearchFilters? Filters, string? Error) Read(ParseResult parse)
    {
        if (!TryDate(parse.GetValue(_from), "--from", out var from, out var error)) return (null, error);
        if (!TryDate(parse.GetValue(_to), "--to", out var to, out error)) return (null, error);
        return (new SearchFilters
        {
            From = from,
            To = to,
            Place = NullIfBlank(parse.GetValue(_place)),
            Actor = NullIfBlank(parse.GetValue(_actor)),
            Category = NullIfBlank(parse.GetValue(_category)),
            Group = NullIfBlank(parse.GetValue(_group)),
            Min = parse.GetValue(_min),
            Kind = NullIfBlank(parse.GetValue(_kind)),
        }, null);
    }

    private static bool TryDate(string? text, string option, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (text is null) return true;
        if (DocumentJsonlReader.TryParseDate(text, out var d))
        {
            date = d;
            return true;
        }
        error = $"{option} '{text}' is not a YYYY-MM-DD date";
        return false;
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
