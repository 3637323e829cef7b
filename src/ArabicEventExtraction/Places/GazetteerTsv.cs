using System.Globalization;
using System.Text;

namespace ArabicEventExtraction.Places;

/// <summary>
/// Reads and writes gazetteer rows: id, name, variants (|-separated), kind, parent id, admin1,
/// country (ISO2), lat, lon. Lines starting with '#' are comments.
/// </summary>
public static class GazetteerTsv
{
    public const string Header = "# id\tname\tvariants\tkind\tparent\tadmin1\tcountry\tlat\tlon";

    public static IEnumerable<GazetteerEntry> Read(IEnumerable<string> lines, string source)
    {
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            yield return Parse(line, source, number);
        }
    }

    public static GazetteerEntry Parse(string line, string source, int number)
    {
        var cols = line.Split('\t');
        if (cols.Length < 4)
            throw new GazetteerFormatException(source, number, $"expected 9 tab-separated columns (id, name, variants, kind, parent, admin1, country, lat, lon), found {cols.Length}");
        var id = cols[0].Trim();
        var name = cols[1].Trim();
        if (id.Length == 0) throw new GazetteerFormatException(source, number, "the id column is empty");
        if (name.Length == 0) throw new GazetteerFormatException(source, number, $"place '{id}' has no name");
        if (!PlaceKindNames.TryParse(cols[3], out var kind))
            throw new GazetteerFormatException(source, number, $"unknown kind '{cols[3]}' (expected one of {string.Join(", ", Enum.GetValues<PlaceKind>().Select(PlaceKindNames.Format))})");
        return new GazetteerEntry(id, name, kind)
        {
            Variants = cols[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            ParentId = Column(cols, 4),
            Admin1 = Column(cols, 5),
            Country = Column(cols, 6)?.ToUpperInvariant(),
            Lat = Coordinate(cols, 7, "latitude", 90, source, number),
            Lon = Coordinate(cols, 8, "longitude", 180, source, number),
        };
    }

    public static string Format(GazetteerEntry e)
    {
        var sb = new StringBuilder();
        sb.Append(e.Id).Append('\t').Append(e.Name).Append('\t').AppendJoin('|', e.Variants).Append('\t')
          .Append(PlaceKindNames.Format(e.Kind)).Append('\t').Append(e.ParentId).Append('\t')
          .Append(e.Admin1).Append('\t').Append(e.Country).Append('\t')
          .Append(e.Lat?.ToString("0.####", CultureInfo.InvariantCulture)).Append('\t')
          .Append(e.Lon?.ToString("0.####", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    public static void Write(TextWriter writer, IEnumerable<GazetteerEntry> entries)
    {
        writer.WriteLine(Header);
        foreach (var e in entries) writer.WriteLine(Format(e));
    }

    private static string? Column(string[] cols, int i) =>
        i < cols.Length && cols[i].Trim() is { Length: > 0 } v ? v : null;

    private static double? Coordinate(string[] cols, int i, string what, double limit, string source, int number)
    {
        if (Column(cols, i) is not { } text) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || Math.Abs(value) > limit)
            throw new GazetteerFormatException(source, number, $"{what} '{text}' is not a number between -{limit} and {limit}");
        return value;
    }
}
