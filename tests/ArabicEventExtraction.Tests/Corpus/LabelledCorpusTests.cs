using System.Text.RegularExpressions;

namespace ArabicEventExtraction.Tests.Corpus;

/// <summary>Validates corpus/labelled (our own annotated reports) against the contract in EVENTS.md.</summary>
public class LabelledCorpusTests
{
    private static readonly string DocsPath = RepositoryRoot.PathOf("corpus", "labelled", "docs.jsonl");
    private static readonly string GoldPath = RepositoryRoot.PathOf("corpus", "labelled", "gold.jsonl");
    private static readonly Lazy<IReadOnlyList<LabelledDocument>> Docs = new(() => LabelledCorpusReader.ReadDocuments(DocsPath));
    private static readonly Lazy<IReadOnlyList<GoldDocument>> Gold = new(() => LabelledCorpusReader.ReadGold(GoldPath));

    private static IEnumerable<GoldFigure> Figures => Gold.Value.SelectMany(g => g.Figures);

    private static IReadOnlySet<string> ActorCodes { get; } =
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "Corpus", "actor_codes.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Files_parse_and_hold_at_least_60_documents_and_300_figures()
    {
        Assert.True(Docs.Value.Count >= 60, $"{Docs.Value.Count} documents");
        Assert.True(Figures.Count() >= 300, $"{Figures.Count()} figures");
    }

    [Fact]
    public void Document_ids_are_unique_well_formed_and_match_one_gold_line_each()
    {
        var docIds = Docs.Value.Select(d => d.Id).ToList();
        var goldIds = Gold.Value.Select(g => g.DocId).ToList();
        Assert.Equal(docIds.Count, docIds.Distinct().Count());
        Assert.Equal(goldIds.Count, goldIds.Distinct().Count());
        Assert.Equal(docIds.Order(StringComparer.Ordinal), goldIds.Order(StringComparer.Ordinal));
        Assert.All(docIds, id => Assert.Matches(new Regex("^ours_[0-9]{3}_[a-z0-9_]+$"), id));
    }

    [Fact]
    public void Documents_have_text_and_a_valid_creation_date()
    {
        Assert.All(Docs.Value, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Text), $"{d.Id}: empty text");
            Assert.True(d.Dct is null || DateOnly.TryParseExact(d.Dct, "yyyy-MM-dd", out _), $"{d.Id}: dct {d.Dct}");
        });
    }

    [Fact]
    public void Every_figure_uses_the_contract_vocabulary()
    {
        var bad = Figures.Where(f =>
                !ContractVocabulary.Categories.Contains(f.Category)
                || f.Groups.Count == 0 || !f.Groups.All(ContractVocabulary.Groups.Contains)
                || !ContractVocabulary.Qualifiers.Contains(f.Qualifier)
                || !ContractVocabulary.Kinds.Contains(f.Kind)
                || (f.EventType is not null && !ContractVocabulary.EventTypes.Contains(f.EventType)))
            .Select(Describe);
        AssertNone(bad);
    }

    [Fact]
    public void Every_actor_is_a_code_of_the_actor_list()
    {
        Assert.Contains("SYR_GOV", ActorCodes);
        var bad = Figures.Where(f => !f.Actors.All(ActorCodes.Contains)).Select(Describe);
        AssertNone(bad);
    }

    [Fact]
    public void Every_figure_text_occurs_verbatim_in_its_document()
    {
        var texts = Docs.Value.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        var bad = Figures.Where(f => f.Text.Length == 0
                                     || !texts.TryGetValue(f.DocId, out var text)
                                     || !text.Contains(f.Text, StringComparison.Ordinal))
            .Select(Describe);
        AssertNone(bad);
    }

    [Fact]
    public void Dates_are_iso_at_year_month_or_day_precision_with_start_not_after_end()
    {
        var bad = Figures.Where(f => f.Date is { } d && !IsOrderedRange(d)).Select(Describe);
        AssertNone(bad);
    }

    [Fact]
    public void Values_are_non_negative_integers_or_null_exactly_when_vague()
    {
        var bad = Figures.Where(f => f.Value is < 0 || (f.Value is null) != (f.Qualifier == "vague")).Select(Describe);
        AssertNone(bad);
    }

    [Fact]
    public void Places_and_actors_lists_hold_no_empty_names()
    {
        var bad = Figures.Where(f => f.Places.Concat(f.PlacesBroader).Concat(f.Actors).Any(string.IsNullOrWhiteSpace))
            .Select(Describe);
        AssertNone(bad);
    }

    [Fact]
    public void A_malformed_gold_line_is_reported_with_its_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gold-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path,
        [
            """{"doc_id": "a", "figures": []}""",
            """{"doc_id": "b", "figures": [{"category": "killed", "group": "total", "value": 2.5}]}""",
        ]);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => LabelledCorpusReader.ReadGold(path));
            Assert.Contains($"{path}:2:", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool IsOrderedRange(GoldDate d) =>
        GoldDate.TryParseBound(d.Start, out var first, out _)
        && GoldDate.TryParseBound(d.End, out _, out var last)
        && first <= last;

    private static void AssertNone(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, $"{list.Count} bad gold figure(s):\n" + string.Join("\n", list));
    }

    private static string Describe(GoldFigure f) => $"{f.DocId} (gold line {f.Line}): «{f.Text}»";
}
