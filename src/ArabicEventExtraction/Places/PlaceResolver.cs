namespace ArabicEventExtraction.Places;

/// <summary>
/// Chooses the gazetteer entry of each candidate. A name denoting several places is settled, in
/// order, by the kind its head word announces, the document's other (unambiguous) places in the
/// same governorate or country, the entry's own name over a variant, the most specific of places
/// nested in each other (the city over its same-named governorate), then the broadest kind.
/// </summary>
internal sealed class PlaceResolver(Gazetteer gazetteer)
{
    public void Resolve(IReadOnlyList<PlaceCandidate> candidates)
    {
        var admin1s = new HashSet<string>(StringComparer.Ordinal);
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var ambiguous = false;
        foreach (var c in candidates)
        {
            var options = ByHead(c);
            if (options.Count == 0) continue;
            var first = options[0].Entry;
            string? country = first.Country, admin1 = gazetteer.Admin1Of(first);
            for (var k = 1; k < options.Count; k++)
            {
                var e = options[k].Entry;
                if (e.Country != country) country = null;
                if (admin1 is not null && gazetteer.Admin1Of(e) != admin1) admin1 = null;
            }
            if (country is not null) countries.Add(country);
            if (admin1 is not null) admin1s.Add(admin1);
            if (options.Count == 1) c.Entry = first;
            else ambiguous = true;
        }
        if (!ambiguous) return;
        foreach (var c in candidates)
        {
            var options = ByHead(c);
            if (options.Count > 1) c.Entry = Choose(options, admin1s, countries);
        }
    }

    private static IReadOnlyList<PlaceNameMatch> ByHead(PlaceCandidate c)
    {
        if (c.Head is not { } head || c.Matches.Count < 2 || head.Countryside) return c.Matches;
        var same = c.Matches.Where(m => m.Entry.Kind == head.Kind).ToList();
        return same.Count > 0 ? same : c.Matches;
    }

    private GazetteerEntry Choose(IReadOnlyList<PlaceNameMatch> options, HashSet<string> admin1s, HashSet<string> countries)
    {
        // Places of one governorate sharing a name are one place at several levels (the city of
        // Hama, its district, its governorate): the settlement is meant. Places of different
        // governorates are different places: the document's context decides, else the broadest.
        var clusterBreadth = options
            .GroupBy(o => (o.Entry.Country, gazetteer.Admin1Of(o.Entry)))
            .ToDictionary(g => g.Key, g => g.Min(o => PlaceKindNames.Breadth(o.Entry.Kind)));
        return options
            .OrderByDescending(o => ContextScore(o.Entry, admin1s, countries))
            .ThenBy(o => clusterBreadth[(o.Entry.Country, gazetteer.Admin1Of(o.Entry))])
            .ThenByDescending(o => IsSettlement(o.Entry.Kind))
            .ThenByDescending(o => o.Canonical)
            .ThenBy(o => options.Any(other => other.Entry != o.Entry && gazetteer.Encloses(o.Entry, other.Entry)) ? 1 : 0)
            .ThenBy(o => PlaceKindNames.Breadth(o.Entry.Kind))
            .First().Entry;
    }

    private static bool IsSettlement(PlaceKind kind) => kind is PlaceKind.City or PlaceKind.Town or PlaceKind.Village;

    private int ContextScore(GazetteerEntry e, HashSet<string> admin1s, HashSet<string> countries)
    {
        var score = 0;
        if (gazetteer.Admin1Of(e) is { } a1 && admin1s.Contains(a1)) score += 2;
        if (e.Country is { } cc && countries.Contains(cc)) score += 1;
        return score;
    }
}
