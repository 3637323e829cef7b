using ArabicEventExtraction.Places;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Tests.Places;

public class GeoNamesImporterTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Specs", "Places", "geonames_sample.txt");

    private static GeoNamesImport ImportSample() =>
        new GeoNamesImporter(Gazetteer.LoadDefault()).Import(File.ReadLines(Sample), "geonames_sample.txt");

    [Fact]
    public void Imports_places_with_Arabic_names_and_maps_feature_codes()
    {
        var import = ImportSample();

        Assert.Empty(import.Errors);
        Assert.Equal(1, import.WithoutArabicName);   // Bakhdida has only Latin names
        Assert.Equal(1, import.OtherFeatures);       // a mountain (T/MT)
        var byId = import.Entries.ToDictionary(e => e.Id);
        Assert.Equal(("نينوى", PlaceKind.Governorate), (byId["gn-99000001"].Name, byId["gn-99000001"].Kind));
        Assert.Equal(("برطلة", PlaceKind.Town), (byId["gn-99000002"].Name, byId["gn-99000002"].Kind));
        Assert.Equal(PlaceKind.Camp, byId["gn-99000006"].Kind);
        Assert.Contains("بارطلة", byId["gn-99000002"].Variants);
        Assert.Contains("Bartalah", byId["gn-99000002"].Variants);
    }

    [Fact]
    public void Links_a_place_to_its_first_level_division_and_country()
    {
        var town = ImportSample().Entries.Single(e => e.Id == "gn-99000003");

        Assert.Equal("gn-99000001", town.ParentId);
        Assert.Equal("نينوى", town.Admin1);
        Assert.Equal("IQ", town.Country);
        Assert.Equal(36.49, town.Lat);
        var governorate = ImportSample().Entries.Single(e => e.Id == "gn-99000001");
        Assert.Equal("iq", governorate.ParentId);
    }

    [Fact]
    public void The_recognizer_finds_imported_places_after_merging()
    {
        var recognizer = new PlaceRecognizer(Gazetteer.LoadDefault().With(ImportSample().Entries));

        var mention = Assert.Single(recognizer.Find(ArabicNormalizer.Normalize("نزحت عائلات من تللسقف أمس")));

        Assert.Equal("تللسقف", mention.Name);
        Assert.True(mention.InGazetteer);
        Assert.Equal("نينوى", mention.Admin1);
        Assert.Contains("العراق", mention.Broader);
    }

    [Fact]
    public void The_default_recognizer_does_not_know_the_imported_place()
    {
        Assert.Empty(PlaceRecognizer.Default.Find(ArabicNormalizer.Normalize("نزحت عائلات من تللسقف أمس")));
    }

    [Theory]
    [InlineData("99000002\tBartalah\tBartalah\tبرطلة\t36.35", 1, "found 5 columns")]
    [InlineData("x1\tBartalah\tBartalah\tبرطلة\t36.35\t43.38\tP\tPPL\tIQ\t\t15", 1, "geonameid 'x1'")]
    [InlineData("# comment\n99000002\tBartalah\tBartalah\tبرطلة\tnorth\t43.38\tP\tPPL\tIQ\t\t15", 2, "latitude 'north'")]
    [InlineData("99000002\tBartalah\tBartalah\tبرطلة\t36.35\t243.38\tP\tPPL\tIQ\t\t15", 1, "longitude '243.38'")]
    public void Names_file_and_line_of_a_malformed_row(string content, int line, string problem)
    {
        var import = new GeoNamesImporter(Gazetteer.LoadDefault()).Import(content.Split('\n'), "bad.txt");

        var error = Assert.Single(import.Errors);
        Assert.StartsWith($"bad.txt:{line}: ", error);
        Assert.Contains(problem, error);
        Assert.Empty(import.Entries);
    }
}
