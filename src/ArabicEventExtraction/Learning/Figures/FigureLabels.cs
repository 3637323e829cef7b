using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Serialization;

namespace ArabicEventExtraction.Learning.Figures;

/// <summary>Class labels of the figure classifier: "category/group" in the output names, or "none".</summary>
public static class FigureLabels
{
    public const string None = "none";

    public static string Of(FigureCategory category, FigureGroup group) => Names.Of(category) + "/" + Names.Of(group);

    public static string Of(string category, string group) => category + "/" + group;

    public static bool TryParse(string label, out FigureCategory category, out FigureGroup group)
    {
        category = default;
        group = default;
        var slash = label.IndexOf('/');
        return slash > 0 && Names.TryParse(label[..slash], out category) && Names.TryParse(label[(slash + 1)..], out group);
    }

    public static string CategoryOf(string label) => label == None ? None : label[..label.IndexOf('/')];
}
