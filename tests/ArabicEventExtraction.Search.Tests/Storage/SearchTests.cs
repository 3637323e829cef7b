using ArabicEventExtraction.Search.Indexing;
using ArabicEventExtraction.Search.Querying;
using ArabicEventExtraction.Search.Storage;

namespace ArabicEventExtraction.Search.Tests.Storage;

public sealed class SearchTests : IDisposable
{
    private readonly TempStore _store = new();

    public SearchTests() => _store.Index(SampleReports.All());

    public void Dispose() => _store.Dispose();

    private List<string> Ids(string? query, SearchFilters? filters = null) =>
        _store.Search(query, filters).Hits.Select(h => h.EventId ?? h.DocId).ToList();

    [Fact]
    public void A_word_finds_its_other_inflections()
    {
        Assert.Equal(["kallasa#1", "september#1"], Ids("الأطفال").Order());
        Assert.Equal(["douma#1", "september#1"], Ids("المدنيين").Order());
    }

    [Fact]
    public void Phrases_alternatives_exclusions_and_prefixes()
    {
        Assert.Equal(["kallasa#1"], Ids("\"قوات النظام\""));
        Assert.Empty(Ids("\"النظام قوات\""));
        Assert.Equal(["douma#1", "idlib"], Ids("دوما OR إدلب").Order());
        Assert.Equal(["september#1"], Ids("مدنيين -دوما"));
        Assert.Equal(["douma#1"], Ids("مجز*"));
    }

    [Fact]
    public void Place_filter_includes_places_inside_it()
    {
        Assert.Equal(["kallasa#1", "september#1"], Ids(null, new SearchFilters { Place = "حلب" }).Order());
        Assert.Equal(["kallasa#1"], Ids(null, new SearchFilters { Place = "الكلاسة" }));
        Assert.Equal(["kallasa#1"], Ids(null, new SearchFilters { Place = "حلب الشرقية" }));
        Assert.Equal(["douma#1"], Ids("مدنيين", new SearchFilters { Place = "ريف دمشق" }));
    }

    [Fact]
    public void Date_filter_matches_events_whose_period_overlaps_it()
    {
        // The September tally overlaps a window inside September; the single days do not.
        Assert.Equal(["september#1"], Ids(null, new SearchFilters { From = new(2016, 9, 15), To = new(2016, 9, 20) }));
        Assert.Equal(["september#1"], Ids(null, new SearchFilters { From = new(2016, 8, 1), To = new(2016, 9, 1) }));
        Assert.Equal(["douma#1", "kallasa#1"], Ids(null, new SearchFilters { From = new(2016, 11, 15), To = new(2016, 12, 12) }).Order());
        Assert.Empty(Ids(null, new SearchFilters { From = new(2016, 12, 13) }));
        // A document without events is dated by its publication date.
        Assert.Equal(["idlib"], Ids("نزوح", new SearchFilters { From = new(2016, 12, 13) }));
    }

    [Fact]
    public void Other_filters_narrow_to_events()
    {
        Assert.Equal(["kallasa#1"], Ids(null, new SearchFilters { Actor = "syr_gov" }));
        Assert.Equal(["douma#1", "september#1"], Ids(null, new SearchFilters { Category = "killed", Group = "civilians" }).Order());
        Assert.Equal(["september#1"], Ids(null, new SearchFilters { Min = 20 }));
        Assert.Equal(["september#1"], Ids(null, new SearchFilters { Kind = "aggregate" }));
        Assert.DoesNotContain("idlib", Ids("إدلب OR حلب", new SearchFilters { Kind = "incident" }));
    }

    [Fact]
    public void Unknown_filter_values_list_the_valid_ones()
    {
        var category = Assert.Throws<SearchStoreException>(() => _store.Search(null, new SearchFilters { Category = "foo" }));
        Assert.Contains("killed", category.Message);
        Assert.Contains("displaced", category.Message);
        var actor = Assert.Throws<SearchStoreException>(() => _store.Search(null, new SearchFilters { Actor = "XYZ" }));
        Assert.Contains("SYR_GOV", actor.Message);
        Assert.Contains("ISIS", actor.Message);
        var place = Assert.Throws<SearchStoreException>(() => _store.Search(null, new SearchFilters { Place = "باريس" }));
        Assert.Contains("دوما", place.Message);
        Assert.Throws<SearchStoreException>(() => _store.Search(null, new SearchFilters { Kind = "tally" }));
    }

    [Fact]
    public void Facets_count_events_and_sum_killed_over_the_whole_match()
    {
        var result = _store.Search("مقتل OR أعدم", limit: 1, facets: true);
        var facets = result.Facets!;

        Assert.Single(result.Hits);
        Assert.Equal(3, facets.Events);
        Assert.Equal(13 + 12 + 30, facets.Killed);
        Assert.Contains(new FacetBucket("حلب", 2, 43), facets.Admin1);
        Assert.Contains(new FacetBucket("ريف دمشق", 1, 12), facets.Admin1);
        Assert.Contains(new FacetBucket("SYR_GOV", 1, 13), facets.Actors);
        Assert.Contains(new FacetBucket("killed", 3, 55), facets.Categories);
        Assert.Equal(["2016-09", "2016-11", "2016-12"], facets.Months.Select(m => m.Key));
        Assert.Equal(facets.Events, facets.Months.Sum(m => m.Events));
    }

    [Fact]
    public void Highlights_are_offsets_of_the_matched_words_in_the_original_text()
    {
        var hit = Assert.Single(_store.Search("طفل", new SearchFilters { Place = "الكلاسة" }).Hits);

        var h = Assert.Single(hit.Snippet.Highlights);
        Assert.Equal("أطفالٍ", SampleReports.KallasaText[h.Start..h.End]);
        Assert.Equal(SampleReports.KallasaText[hit.Snippet.Start..hit.Snippet.End], hit.Snippet.Text);
        Assert.Contains("**أطفالٍ**", hit.Snippet.Marked("**", "**"));
    }

    [Fact]
    public void Equal_relevance_ranks_the_more_recent_first()
    {
        using var store = new TempStore();
        const string text = "سقطت قذيفة على مدرسة في الحي.";
        store.Index([
            new(new Documents.Document("old", text, new DateOnly(2014, 1, 1)), []),
            new(new Documents.Document("new", text, new DateOnly(2017, 1, 1)), []),
            new(new Documents.Document("mid", text, new DateOnly(2015, 1, 1)), []),
        ]);
        Assert.Equal(["new", "mid", "old"], store.Search("مدارس").Hits.Select(h => h.DocId));
    }

    [Fact]
    public void The_top_of_a_long_ranking_is_the_same_whatever_the_limit()
    {
        using var store = new TempStore();
        var random = new Random(3);
        store.Index(Enumerable.Range(0, 300).Select(i => new IndexItem(new Documents.Document(
            $"d{i}",
            string.Join(' ', Enumerable.Repeat("غارة", 1 + random.Next(5)).Concat(Enumerable.Repeat("على الحي السكني", 1 + random.Next(8)))),
            new DateOnly(2016, 1, 1).AddDays(random.Next(300))), [])));
        var all = store.Search("غارات", limit: 1000).Hits;
        Assert.Equal(300, all.Count);
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Score > p.Second.Score ||
            (p.First.Score == p.Second.Score && string.CompareOrdinal(p.First.Dct, p.Second.Dct) >= 0)));
        foreach (var limit in new[] { 1, 7, 40, 299 })
            Assert.Equal(all.Take(limit).Select(h => h.DocId), store.Search("غارات", limit: limit).Hits.Select(h => h.DocId));
        var windowed = store.Search("غارات", new SearchFilters { From = new(2016, 3, 1), To = new(2016, 4, 30) }, limit: 5).Hits;
        Assert.Equal(all.Where(h => string.CompareOrdinal(h.Dct, "2016-03-01") >= 0 && string.CompareOrdinal(h.Dct, "2016-04-30") <= 0).Take(5).Select(h => h.DocId), windowed.Select(h => h.DocId));
    }

    [Fact]
    public void A_query_of_only_exclusions_or_stop_words_is_refused()
    {
        Assert.Throws<SearchStoreException>(() => _store.Search("-حلب"));
        Assert.Throws<SearchStoreException>(() => _store.Search("في من"));
    }
}
