using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ArabicEventExtraction.Readers.Html;

/// <summary>
/// Finds the article in a saved web page: the &lt;article&gt;, articleBody or &lt;main&gt; with the most text
/// (else the body), cleaned of boilerplate, as lines; title, date, URL and site name from the usual tags.
/// </summary>
public static class HtmlArticleExtractor
{
    private const string ContainerSelectors = "article, [itemprop=articleBody], main, [role=main]";

    public static HtmlArticle Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var published = HtmlDates.Published(document);
        var title = Meta(document, "meta[property='og:title']") ?? Clean(document.Title) ?? Clean(document.QuerySelector("h1")?.TextContent);
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") is { Length: > 0 } canonical
            ? canonical.Trim()
            : Meta(document, "meta[property='og:url']");
        var siteName = Meta(document, "meta[property='og:site_name']");

        var body = document.Body;
        if (body is null) return new HtmlArticle("", title, published, url, siteName);
        var headline = Clean(body.QuerySelector("h1")?.TextContent);
        BoilerplateFilter.Clean(body);
        var container = body.QuerySelectorAll(ContainerSelectors)
            .OrderByDescending(e => e.TextContent.Length)
            .FirstOrDefault() ?? body;
        var text = BlockTextWriter.Write(container);
        if (headline is not null && container.QuerySelector("h1") is null && !text.StartsWith(headline, StringComparison.Ordinal))
            text = text.Length == 0 ? headline : headline + "\n" + text;
        return new HtmlArticle(text, title, published, url, siteName);
    }

    private static string? Meta(IDocument document, string selector) =>
        Clean(document.QuerySelector(selector)?.GetAttribute("content"));

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        return string.Join(' ', s.Split([' ', '\t', '\r', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
    }
}
