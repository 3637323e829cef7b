using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Learning.Figures;

namespace ArabicEventExtraction.Tests.Learning.Figures;

public class FigureTypoAugmenterTests
{
    private static readonly Document Report = new("ours_900_toy",
        "قتل 9 مدنيين بينهم طفلان، وأصيب 20 جريحا و3 نساء في قصف على السوق، وقال مسعف إن 4 أشخاص ما زالوا تحت الأنقاض.");

    private static readonly GoldFigure[] Gold =
    [
        new("killed", ["civilians"], "9 مدنيين"),
        new("killed", ["children"], "طفلان"),
        new("injured", ["total"], "20 جريحا"),
        new("injured", ["women"], "3 نساء"),
        new("missing", ["total"], "4 أشخاص"),
    ];

    [Fact]
    public void Misspells_one_letter_of_some_victim_nouns_and_keeps_every_offset()
    {
        var (copy, gold) = FigureTypoAugmenter.Misspell(Report, Gold, seed: 1)!.Value;

        Assert.Equal(Report.Id + FigureTypoAugmenter.IdSuffix, copy.Id);
        Assert.Equal(Report.Text.Length, copy.Text.Length);
        var changed = Report.Text.Zip(copy.Text).Count(p => p.First != p.Second);
        Assert.InRange(changed, 1, Gold.Length);
        for (var i = 0; i < Gold.Length; i++)
        {
            var at = Report.Text.IndexOf(Gold[i].Text, StringComparison.Ordinal);
            Assert.Equal(copy.Text.Substring(at, Gold[i].Text.Length), gold[i].Text);
            Assert.Equal(Gold[i].Category, gold[i].Category);
            Assert.True(Gold[i].Text.Zip(gold[i].Text).Count(p => p.First != p.Second) <= 1);
            Assert.All(Gold[i].Text.Zip(gold[i].Text).Where(p => p.First != p.Second), p => Assert.False(char.IsDigit(p.First)));
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_copy()
    {
        Assert.Equal(FigureTypoAugmenter.Misspell(Report, Gold, seed: 7)!.Value.Document, FigureTypoAugmenter.Misspell(Report, Gold, seed: 7)!.Value.Document);
    }

    [Fact]
    public void A_document_without_victim_nouns_in_its_figures_has_no_copy()
    {
        var document = new Document("ours_901_toy", "شنت الطائرات 14 غارة.");

        Assert.Null(FigureTypoAugmenter.Misspell(document, [new GoldFigure("incidents", ["total"], "14")], seed: 1));
    }
}
