using ArabicEventExtraction.Figures;

namespace ArabicEventExtraction.Search.Indexing;

/// <summary>
/// How many people an event reports killed, counting a breakdown once: children, women, men and
/// medical staff are part of the civilians, civilians and fighters part of the total, so
/// "676 civilians, among them 165 children" is 676 and "4 women and 9 children" is 13.
/// </summary>
public static class KilledCount
{
    public static long Of(IEnumerable<FigureMention> figures)
    {
        var largest = new Dictionary<FigureGroup, long>();
        foreach (var f in figures)
        {
            if (f.Category != FigureCategory.Killed || f.Value is not { } v || v < 0) continue;
            largest[f.Group] = Math.Max(largest.GetValueOrDefault(f.Group), v);
        }
        long Get(FigureGroup g) => largest.GetValueOrDefault(g);
        var civilianParts = Get(FigureGroup.Children) + Get(FigureGroup.Women) + Get(FigureGroup.Men) + Get(FigureGroup.Medical);
        var civilians = Math.Max(Get(FigureGroup.Civilians), civilianParts);
        return Math.Max(Get(FigureGroup.Total), civilians + Get(FigureGroup.Fighters));
    }
}
