using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace ArabicEventExtraction.Readers.Html;

/// <summary>The publication date a page states: meta tags, JSON-LD datePublished, or a &lt;time datetime&gt;.</summary>
public static class HtmlDates
{
    private const string MetaSelectors =
        "meta[property='article:published_time'], meta[name='article:published_time'], meta[itemprop=datePublished], " +
        "meta[name=pubdate], meta[name=publishdate], meta[name='publish-date'], meta[name='dcterms.created'], " +
        "meta[name='DC.date.issued'], meta[name=date], meta[property='og:published_time']";

    public static DateOnly? Published(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll(MetaSelectors))
            if (Parse(meta.GetAttribute("content")) is { } d) return d;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            if (FromJsonLd(script.TextContent) is { } d) return d;
        foreach (var time in document.QuerySelectorAll("[itemprop=datePublished][datetime], time[pubdate][datetime], time[datetime]"))
            if (Parse(time.GetAttribute("datetime")) is { } d) return d;
        return null;
    }

    /// <summary>The calendar date as written (the first ten characters of an ISO 8601 timestamp keep the publisher's local date).</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? DateOnly.FromDateTime(t.DateTime)
            : null;
    }

    private static DateOnly? FromJsonLd(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return Find(doc.RootElement, depth: 0);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DateOnly? Find(JsonElement element, int depth)
    {
        if (depth > 16) return null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("datePublished", out var p) && p.ValueKind == JsonValueKind.String && Parse(p.GetString()) is { } d)
                    return d;
                foreach (var property in element.EnumerateObject())
                    if (Find(property.Value, depth + 1) is { } inner) return inner;
                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    if (Find(item, depth + 1) is { } inner) return inner;
                return null;
            default:
                return null;
        }
    }
}
