using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Search.Analysis;
using ArabicEventExtraction.Search.Indexing;
using ArabicEventExtraction.Search.Querying;
using ArabicEventExtraction.Search.Ranking;
using ArabicEventExtraction.Search.Storage;
using ArabicEventExtraction.Search.Tests.Storage;
using Microsoft.Data.Sqlite;

namespace ArabicEventExtraction.Search.Tests.Ranking;

/// <summary>The cached ranking function must give FTS5's own bm25(doc_terms, 1.0, 0.0), exactly, for every matching row.</summary>
public sealed class CachedBm25Tests : IDisposable
{
    private static readonly string[] Words =
        ["قتل", "طفل", "مدنيين", "قوات", "النظام", "غارات", "حلب", "دوما", "مجزرة", "مجازر", "نساء", "قصف", "الدفاع", "المدني", "سوق"];

    private static readonly string[] Queries =
        ["طفل", "\"قوات النظام\"", "مدنيين OR حلب", "طفل -حلب", "مجز*", "طفل حلب \"الدفاع المدني\"", "نساء"];

    private readonly TempStore _store = new();

    public CachedBm25Tests() => _store.Index(Reports(seed: 1, count: 120));

    public void Dispose() => _store.Dispose();

    private static IEnumerable<IndexItem> Reports(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var words = Enumerable.Range(0, random.Next(3, 40)).Select(_ => Words[random.Next(random.Next(1, Words.Length))]);
            var dct = new DateOnly(2015, 1, 1).AddDays(random.Next(900));
            yield return new IndexItem(new Document($"r{seed}-{i}", string.Join(' ', words), dct), []);
        }
    }

    private static IEnumerable<string> Expressions()
    {
        var parser = new QueryParser(ArabicAnalyzer.Default);
        foreach (var query in Queries)
        {
            var terms = $"terms : ({parser.Parse(query).MatchExpression})";
            yield return terms;
            yield return $"{terms} AND dates : ({DateTokens.Query(new DateOnly(2015, 6, 1), new DateOnly(2016, 3, 31))})";
        }
    }

    [Fact]
    public void Scores_equal_fts5_bm25_for_every_matching_document()
    {
        using var store = EventStore.OpenForReading(_store.DbPath);
        AssertSameScores(store.Connection);
        // The first expression was scored with FTS5's own document lengths, the others with the cached ones.
        Assert.NotNull(RankingStatistics.For(store.Connection).Lengths);
    }

    [Fact]
    public void Lengths_load_when_a_connection_searches_an_unchanged_store_again()
    {
        using var store = EventStore.OpenForReading(_store.DbPath);
        var statistics = RankingStatistics.For(store.Connection);
        statistics.Refresh(withLengths: true);
        Assert.Null(statistics.Lengths);
        statistics.Refresh(withLengths: true);
        Assert.NotNull(statistics.Lengths);
        _store.Index(Reports(seed: 3, count: 5));
        statistics.Refresh(withLengths: true);
        Assert.Null(statistics.Lengths);
    }

    [Fact]
    public void Cached_statistics_follow_changes_to_the_store()
    {
        using var store = EventStore.OpenForReading(_store.DbPath);
        AssertSameScores(store.Connection);
        _store.Index(Reports(seed: 2, count: 60));
        AssertSameScores(store.Connection);
    }

    [Fact]
    public void Search_returns_the_top_of_the_plain_bm25_order()
    {
        using var store = EventStore.OpenForReading(_store.DbPath);
        var searcher = new EventSearcher(store, ArabicAnalyzer.Default);
        var parser = new QueryParser(ArabicAnalyzer.Default);
        foreach (var query in Queries)
        {
            var expected = Plain(store.Connection, $"terms : ({parser.Parse(query).MatchExpression})")
                .OrderBy(r => r.Score).ThenByDescending(r => r.Day).Take(5).Select(r => r.Id).ToList();
            var actual = searcher.Search(query, new SearchFilters(), 5).Hits.Select(h => h.DocId).ToList();
            Assert.Equal(expected, actual);
        }
    }

    private static void AssertSameScores(SqliteConnection connection)
    {
        foreach (var expression in Expressions())
        {
            var plain = Plain(connection, expression).ToDictionary(r => r.Rowid, r => r.Score);
            var cached = Cached(connection, expression);
            Assert.NotEmpty(plain);
            Assert.Equal(plain.Keys.Order(), cached.Keys.Order());
            foreach (var (rowid, score) in plain)
                Assert.True(BitConverter.DoubleToInt64Bits(score) == BitConverter.DoubleToInt64Bits(cached[rowid]), $"{expression}: row {rowid} {score:R} != {cached[rowid]:R}");
        }
    }

    private static List<(long Rowid, string Id, double Score, int Day)> Plain(SqliteConnection connection, string expression)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT t.rowid, d.id, bm25(doc_terms, 1.0, 0.0), d.dct_day
            FROM doc_terms t JOIN documents d ON d.doc_rowid = t.rowid WHERE doc_terms MATCH $m
            """;
        command.Parameters.AddWithValue("$m", expression);
        using var reader = command.ExecuteReader();
        var rows = new List<(long, string, double, int)>();
        while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2), reader.GetInt32(3)));
        return rows;
    }

    private static Dictionary<long, double> Cached(SqliteConnection connection, string expression)
    {
        var statistics = RankingStatistics.For(connection);
        statistics.Refresh(withLengths: true);
        CachedBm25.Register(connection, statistics);
        var key = statistics.Open(statistics.Counts(MatchPhrases.Of(expression), "terms"));
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT rowid, {CachedBm25.Name}(doc_terms, $key) FROM doc_terms WHERE doc_terms MATCH $m";
            command.Parameters.AddWithValue("$m", expression);
            command.Parameters.AddWithValue("$key", key);
            using var reader = command.ExecuteReader();
            var scores = new Dictionary<long, double>();
            while (reader.Read()) scores[reader.GetInt64(0)] = reader.GetDouble(1);
            return scores;
        }
        finally
        {
            statistics.Close(key);
        }
    }
}
