using AngleSharp.Dom;

namespace ArabicEventExtraction.Readers.Html;

/// <summary>Removes what is not the article: scripts, navigation, menus, footers, share bars, related-article lists.</summary>
public static class BoilerplateFilter
{
    private const string RemovedElements =
        "script, style, noscript, template, svg, iframe, form, button, select, nav, footer, aside, " +
        "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [aria-hidden=true], [hidden]";

    /// <summary>Words of class and id names that mark page furniture.</summary>
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "footer", "sidebar", "related",
        "share", "sharing", "social", "comments", "comment", "advert", "advertisement", "ads", "ad", "banner",
        "newsletter", "subscribe", "tags", "most-read", "mostread", "popular", "recommended", "cookie", "promo",
    };

    public static void Clean(IElement root)
    {
        foreach (var e in root.QuerySelectorAll(RemovedElements).ToList()) e.Remove();
        foreach (var e in root.QuerySelectorAll("header").ToList())
            if (e.Closest("article") is null) e.Remove();
        foreach (var e in root.QuerySelectorAll("[class], [id]").ToList())
            if (IsFurniture(e)) e.Remove();
        foreach (var list in root.QuerySelectorAll("ul, ol").ToList())
            if (IsLinkList(list)) list.Remove();
    }

    private static bool IsFurniture(IElement e)
    {
        if (e.LocalName is "body" or "html" or "article" or "main") return false;
        var names = $"{e.GetAttribute("class")} {e.GetAttribute("id")}";
        foreach (var word in names.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (FurnitureWords.Contains(word)) return true;
            foreach (var part in word.Split(['-', '_']))
                if (part.Length > 2 && FurnitureWords.Contains(part)) return true;
        }
        return false;
    }

    /// <summary>A list whose text is mostly links: a menu or "related articles", not content.</summary>
    private static bool IsLinkList(IElement list)
    {
        var total = list.TextContent.Trim().Length;
        if (total == 0) return true;
        var linked = list.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return linked >= total * 0.6;
    }
}
