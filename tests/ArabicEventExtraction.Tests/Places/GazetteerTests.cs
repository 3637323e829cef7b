using ArabicEventExtraction.Places;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Places;

public class GazetteerTests
{
    [Fact]
    public void The_default_gazetteer_has_thousands_of_places_with_valid_parents()
    {
        var g = Gazetteer.LoadDefault();

        Assert.True(g.Count >= 2000, $"only {g.Count} entries");
        Assert.All(g.Entries.Where(e => e.ParentId is not null), e => Assert.NotNull(g[e.ParentId!]));
        Assert.All(g.Entries.Where(e => e.Lat is not null), e => Assert.InRange(e.Lat!.Value, -90, 90));
    }

    [Fact]
    public void Same_name_different_places_are_separate_entries()
    {
        var g = Gazetteer.LoadDefault();
        var rafah = g.Entries.Where(e => ArabicNormalizer.Fold(e.Name) == "رفح").Select(e => e.Country).ToHashSet();
        var salahuddin = g.Entries.Where(e => e.Name == "صلاح الدين").Select(e => e.Kind).ToHashSet();

        Assert.Superset(new HashSet<string?> { "PS", "EG" }, rafah);
        Assert.Superset(new HashSet<PlaceKind> { PlaceKind.Governorate, PlaceKind.Neighbourhood }, salahuddin);
    }

    [Fact]
    public void Rows_round_trip_through_the_tsv_format()
    {
        var entry = new GazetteerEntry("x-1", "قرية تجريبية", PlaceKind.Village)
        {
            Variants = ["تجريبية", "Test village"], ParentId = "sy-idlib", Admin1 = "إدلب", Country = "SY", Lat = 35.5, Lon = 36.25,
        };

        var back = GazetteerTsv.Parse(GazetteerTsv.Format(entry), "t.tsv", 1);

        Assert.Equal(entry with { Variants = back.Variants }, back);
        Assert.Equal(entry.Variants, back.Variants);
    }

    [Theory]
    [InlineData("x-1\tاسم", "t.tsv:3: expected 9")]
    [InlineData("x-1\tاسم\t\tmountain", "t.tsv:3: unknown kind 'mountain'")]
    [InlineData("x-1\tاسم\t\ttown\t\t\tSY\t95\t36", "t.tsv:3: latitude '95'")]
    [InlineData("\tاسم\t\ttown", "t.tsv:3: the id column is empty")]
    public void A_malformed_row_is_reported_with_file_and_line(string row, string message)
    {
        var e = Assert.Throws<GazetteerFormatException>(() => GazetteerTsv.Read(["# header", "", row], "t.tsv").ToList());
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void With_adds_a_user_file_and_replaces_rows_with_the_same_id()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aee-gaz-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path,
        [
            GazetteerTsv.Header,
            "user-1\tعين الزرقاء\t\tvillage\tsy-idlib\t\tSY\t35.9\t36.5",
            "sy-aleppo-city\tحلب\tحلب الشهباء\tcity\tsy-aleppo\tحلب\tSY\t36.2\t37.15",
        ]);
        try
        {
            var g = Gazetteer.LoadDefault().With(path);

            Assert.Equal(Gazetteer.LoadDefault().Count + 1, g.Count);
            Assert.Equal(["حلب الشهباء"], g["sy-aleppo-city"]!.Variants);
            Assert.Equal("إدلب", g.Admin1Of(g["user-1"]!));
            var found = new PlaceRecognizer(g).Find(ArabicNormalizer.Normalize("قصف على عين الزرقاء"));
            Assert.Equal("عين الزرقاء", Assert.Single(found).Name);
        }
        finally { File.Delete(path); }
    }
}
