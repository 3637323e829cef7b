using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Search.Indexing;

namespace ArabicEventExtraction.Search.Tests.Indexing;

public class KilledCountTests
{
    private static FigureMention F(FigureGroup g, long? v, FigureCategory c = FigureCategory.Killed) => new(new TextSpan(0, 1), c, g, v, Qualifier.Exact);

    [Fact]
    public void A_breakdown_is_counted_once() =>
        Assert.Equal(676, KilledCount.Of([F(FigureGroup.Civilians, 676), F(FigureGroup.Children, 165), F(FigureGroup.Women, 87)]));

    [Fact]
    public void Separate_groups_add_up() =>
        Assert.Equal(13, KilledCount.Of([F(FigureGroup.Women, 4), F(FigureGroup.Children, 9)]));

    [Fact]
    public void Civilians_and_fighters_add_up_unless_a_larger_total_is_given()
    {
        Assert.Equal(15, KilledCount.Of([F(FigureGroup.Civilians, 10), F(FigureGroup.Fighters, 5)]));
        Assert.Equal(20, KilledCount.Of([F(FigureGroup.Total, 20), F(FigureGroup.Civilians, 10), F(FigureGroup.Fighters, 5)]));
    }

    [Fact]
    public void Other_categories_and_vague_counts_are_not_killed() =>
        Assert.Equal(3, KilledCount.Of([F(FigureGroup.Total, 3), F(FigureGroup.Total, 50, FigureCategory.Injured), F(FigureGroup.Total, null)]));
}
