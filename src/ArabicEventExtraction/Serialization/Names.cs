using System.Text;
using ArabicEventExtraction.Events;
using ArabicEventExtraction.Figures;

namespace ArabicEventExtraction.Serialization;

/// <summary>The snake_case names the output contract uses for enum values (AirStrike → air_strike).</summary>
public static class Names
{
    public static string Of(Enum value) => SnakeCase(value.ToString());

    public static string Of(EventKind v) => Of((Enum)v);
    public static string Of(EventType v) => Of((Enum)v);
    public static string Of(FigureCategory v) => Of((Enum)v);
    public static string Of(FigureGroup v) => Of((Enum)v);
    public static string Of(Qualifier v) => Of((Enum)v);

    public static bool TryParse<T>(string name, out T value) where T : struct, Enum =>
        Enum.TryParse(name.Replace("_", ""), ignoreCase: true, out value) && Enum.IsDefined(value);

    private static string SnakeCase(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
