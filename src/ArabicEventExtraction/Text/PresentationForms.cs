using System.Globalization;
using ArabicEventExtraction.Resources;

namespace ArabicEventExtraction.Text;

/// <summary>NFKC decompositions of Arabic presentation forms, from a data file (works without ICU).</summary>
internal static class PresentationForms
{
    private static readonly Dictionary<char, string> Table = Load();

    public static string Decompose(char c) => Table.TryGetValue(c, out var d) ? d : c.ToString();

    private static Dictionary<char, string> Load()
    {
        var table = new Dictionary<char, string>();
        foreach (var row in ResourceFile.ReadTable("Text/presentation_forms.tsv"))
        {
            var from = (char)int.Parse(row[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            table[from] = new string(row[1].Split(' ').Select(h => (char)int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray());
        }
        return table;
    }
}
