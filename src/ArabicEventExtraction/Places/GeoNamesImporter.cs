using System.Globalization;
using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Places;

/// <summary>
/// Turns rows of a geonames.org country dump (tab-separated: geonameid, name, asciiname,
/// alternatenames, latitude, longitude, feature class, feature code, country code, cc2,
/// admin1 code, ...) into gazetteer entries. Only Arabic alternate names become names (a head
/// word like "محافظة" is dropped); the English name is kept as a variant. The place's parent is
/// its first-level division when the dump has it, else its country when the gazetteer knows it.
/// </summary>
public sealed class GeoNamesImporter
{
    private const int MinColumns = 11;
    private readonly Dictionary<string, PlaceKind> _kinds = new(StringComparer.Ordinal);
    private readonly Gazetteer _known;

    public GeoNamesImporter(Gazetteer known)
    {
        _known = known;
        foreach (var row in ResourceFile.ReadTable("Places/geonames_feature_kinds.tsv"))
            if (row.Length >= 2 && PlaceKindNames.TryParse(row[1], out var kind)) _kinds[row[0].Trim()] = kind;
    }

    public GeoNamesImport Import(IEnumerable<string> lines, string source)
    {
        var rows = new List<(GazetteerEntry Entry, string Country, string Admin1Code, bool IsAdmin1)>();
        var errors = new List<string>();
        int withoutArabic = 0, other = 0, number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (Problem(cols) is { } problem)
            {
                errors.Add($"{source}:{number}: {problem}");
                continue;
            }
            if (KindOf(cols[6].Trim(), cols[7].Trim()) is not { } kind) { other++; continue; }
            var arabic = ArabicNames(cols[3]);
            if (arabic.Count == 0) { withoutArabic++; continue; }
            var country = cols[8].Trim().ToUpperInvariant();
            var english = new[] { cols[1].Trim(), cols[2].Trim() }.Where(n => n.Length > 0).Distinct();
            var entry = new GazetteerEntry("gn-" + cols[0].Trim(), arabic[0], kind)
            {
                Variants = arabic.Skip(1).Concat(english).Distinct().ToList(),
                Country = country.Length == 2 ? country : null,
                Lat = double.Parse(cols[4], CultureInfo.InvariantCulture),
                Lon = double.Parse(cols[5], CultureInfo.InvariantCulture),
            };
            rows.Add((entry, country, cols[10].Trim(), cols[7].Trim() == "ADM1"));
        }
        var admin1 = rows.Where(r => r.IsAdmin1 && r.Admin1Code.Length > 0)
            .GroupBy(r => (r.Country, r.Admin1Code)).ToDictionary(g => g.Key, g => g.First().Entry);
        var entries = rows.Select(r => Link(r.Entry, r.Country, r.Admin1Code, r.IsAdmin1, admin1)).ToList();
        return new GeoNamesImport(entries, errors, withoutArabic, other);
    }

    private GazetteerEntry Link(GazetteerEntry e, string country, string admin1Code, bool isAdmin1,
                                Dictionary<(string, string), GazetteerEntry> admin1)
    {
        var countryId = _known[country.ToLowerInvariant()] is { Kind: PlaceKind.Country } c ? c.Id : null;
        if (isAdmin1 || e.Kind == PlaceKind.Country)
            return e with { ParentId = e.Kind == PlaceKind.Country ? null : countryId, Admin1 = isAdmin1 ? e.Name : null };
        if (admin1.TryGetValue((country, admin1Code), out var a1))
            return e with { ParentId = a1.Id, Admin1 = a1.Name };
        return e with { ParentId = countryId };
    }

    private PlaceKind? KindOf(string featureClass, string featureCode) =>
        _kinds.TryGetValue(featureCode, out var k) ? k
        : _kinds.TryGetValue(featureClass + ":*", out var byClass) ? byClass
        : null;

    private static string? Problem(string[] cols)
    {
        if (cols.Length < MinColumns)
            return $"expected the tab-separated GeoNames columns (geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature code, country code, cc2, admin1 code, ...), found {cols.Length} column{(cols.Length == 1 ? "" : "s")}";
        if (!long.TryParse(cols[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return $"geonameid '{cols[0]}' is not a number";
        if (!double.TryParse(cols[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || Math.Abs(lat) > 90)
            return $"latitude '{cols[4]}' is not a number between -90 and 90";
        if (!double.TryParse(cols[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || Math.Abs(lon) > 180)
            return $"longitude '{cols[5]}' is not a number between -180 and 180";
        return null;
    }

    /// <summary>The Arabic alternate names, without a leading head word ("محافظة حلب" → "حلب"), in their order.</summary>
    private static List<string> ArabicNames(string alternateNames)
    {
        var names = new List<string>();
        foreach (var raw in alternateNames.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!raw.Any(ch => ch is >= '\u0621' and <= '\u064A')) continue;
            var name = WithoutHeadWord(raw);
            if (name.Length > 0 && !names.Contains(name)) names.Add(name);
        }
        return names;
    }

    private static string WithoutHeadWord(string name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0) return name;
        var head = PlaceLexicon.Default.Head(ArabicNormalizer.Fold(name[..space]));
        return head is { Countryside: false } ? name[(space + 1)..].Trim() : name;
    }
}
