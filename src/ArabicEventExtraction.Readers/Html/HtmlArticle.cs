namespace ArabicEventExtraction.Readers.Html;

/// <summary>The main text of a web page (headings and paragraphs, one per line) with its metadata.</summary>
public sealed record HtmlArticle(string Text, string? Title, DateOnly? Published, string? Url, string? SiteName);
