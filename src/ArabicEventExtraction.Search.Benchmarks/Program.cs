using System.Diagnostics;
using System.Globalization;
using ArabicEventExtraction.Search.Benchmarks;
using ArabicEventExtraction.Search.Benchmarks.Corpus;
using ArabicEventExtraction.Pipeline;
using ArabicEventExtraction.Search.Analysis;
using ArabicEventExtraction.Search.Indexing;
using ArabicEventExtraction.Search.Querying;
using ArabicEventExtraction.Search.Storage;

// aee-bench [--docs N] [--queries N] [--extract N] [--db FILE] [--reuse]
// Generates N reports in memory, then times: text indexing (no extraction), word/phrase queries with a
// date filter (top 20 with stored fields and snippets), the same with facets, and extraction + indexing.
// --reuse skips generating and indexing when FILE exists.
var options = ParseArgs(args);
var docCount = options.GetValueOrDefault("--docs", 100_000);
var queryCount = options.GetValueOrDefault("--queries", 1_000);
var extractCount = options.GetValueOrDefault("--extract", 10_000);
var dbPath = args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "aee-bench.db");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}");

var data = CorpusData.Load();
if (args.SkipWhile(a => a != "--export").Skip(1).FirstOrDefault() is { } exportDir)
{
    ExportForReference(data, docCount, queryCount, exportDir);
    return 0;
}
if (!(args.Contains("--reuse") && File.Exists(dbPath))) IndexCorpus(data, docCount, dbPath);
Console.WriteLine($"database size: {new FileInfo(dbPath).Length / 1048576.0:F0} MB");

var queries = BenchQueries.Make(data, queryCount);
using (var store = EventStore.OpenForReading(dbPath))
{
    var searcher = new EventSearcher(store, ArabicAnalyzer.Default);
    foreach (var (q, f) in queries.Take(50)) searcher.Search(q, f, 20);
    Measure("word/phrase + date filter, top 20", (q, f) => searcher.Search(q, f, 20));
    Measure("word/phrase + date filter + min killed 10, top 20", (q, f) => searcher.Search(q, f with { Category = "killed", Min = 10 }, 20));
    Measure("word/phrase + date filter, top 20 + facets", (q, f) => searcher.Search(q, f, 20, withFacets: true));
    Measure("word/phrase, no filter, top 20", (q, _) => searcher.Search(q, new SearchFilters(), 20));
}

if (extractCount > 0) ExtractAndIndex(data, extractCount, dbPath + ".extract.db");
return 0;

void Measure(string title, Func<string, SearchFilters, SearchResult> run)
{
    var times = new List<double>(queries.Count);
    var cpu = new List<double>(queries.Count);
    long hits = 0;
    foreach (var (q, f) in queries)
    {
        var c = ThreadCpuClock.Milliseconds();
        var t = Stopwatch.GetTimestamp();
        var result = run(q, f);
        times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        cpu.Add(ThreadCpuClock.Milliseconds() - c);
        hits += result.Hits.Count;
    }
    Console.WriteLine($"{title}: {queries.Count} queries, {hits / (double)queries.Count:F1} hits each; load average {LoadAverage()}");
    Console.WriteLine($"    wall: {Percentiles.Of(times)}");
    if (ThreadCpuClock.Available) Console.WriteLine($"    CPU:  {Percentiles.Of(cpu)}");
}

static void IndexCorpus(CorpusData data, int count, string dbPath)
{
    var clock = Stopwatch.StartNew();
    var items = new SyntheticReports(data).Generate(count).ToList();
    var chars = items.Sum(i => (long)i.Document.Text.Length);
    var bytes = items.Sum(i => (long)System.Text.Encoding.UTF8.GetByteCount(i.Document.Text));
    Console.WriteLine($"generated {items.Count} reports in {clock.Elapsed.TotalSeconds:F1} s: {bytes / (double)items.Count:F0} UTF-8 bytes ({chars / (double)items.Count:F0} chars) each, {bytes / 1048576.0:F0} MB");

    var sample = items.Take(Math.Min(items.Count, 20_000)).ToList();
    clock.Restart();
    foreach (var item in sample) ArabicAnalyzer.Default.IndexText(item.Document.Text);
    Console.WriteLine($"analyzer alone: {sample.Count / clock.Elapsed.TotalSeconds:F0} documents/s ({sample.Sum(i => (long)i.Document.Text.Length) * 2 / 1048576.0 / clock.Elapsed.TotalSeconds:F1} MB/s of UTF-16)");

    Delete(dbPath);
    clock.Restart();
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    using var store = EventStore.OpenForWriting(dbPath);
    using var indexer = new EventIndexer(store, ArabicAnalyzer.Default);
    indexer.Index(items, batchSize: 1000);
    var indexOnly = clock.Elapsed.TotalSeconds;
    store.OptimizeAfter(items.Count);
    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"  of which writing {indexOnly:F1} s, merging the full-text index into one segment {seconds - indexOnly:F1} s");
    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
    Console.WriteLine($"text indexing (no extraction): {items.Count} documents in {seconds:F1} s = {items.Count / seconds:F0} documents/s, {bytes / 1048576.0 / seconds:F1} MB/s; " +
        $"CPU {cpuSeconds:F1} s = {items.Count / cpuSeconds:F0} documents per CPU-second; load average {LoadAverage()}");
    Console.WriteLine($"original text {bytes / 1048576.0:F0} MB in UTF-8");
}

static void ExtractAndIndex(CorpusData data, int count, string dbPath)
{
    var sample = new SyntheticReports(data, seed: 99).Generate(count).Select(i => i.Document).ToList();
    Delete(dbPath);
    var clock = Stopwatch.StartNew();
    using (var store = EventStore.OpenForWriting(dbPath))
    using (var indexer = new EventIndexer(store, ArabicAnalyzer.Default))
    {
        var extracted = ParallelExtraction.Run(sample, () => ExtractionPipeline.CreateDefault());
        var stats = indexer.Index(extracted.Select(r => IndexItem.FromExtraction(r.Document, r.Events ?? [])), batchSize: 1000);
        Console.WriteLine($"extraction + indexing: {sample.Count} documents in {clock.Elapsed.TotalSeconds:F1} s = {sample.Count / clock.Elapsed.TotalSeconds:F0} documents/s ({stats.Events} events found); load average {LoadAverage()}");
    }
    Delete(dbPath);
}

// The same reports and queries as TSV (id, event day number, text / query, from day, to day), for
// timing another engine on the same load.
static void ExportForReference(CorpusData data, int count, int queryCount, string dir)
{
    Directory.CreateDirectory(dir);
    using (var docs = new StreamWriter(Path.Combine(dir, "docs.tsv")))
        foreach (var item in new SyntheticReports(data).Generate(count))
            docs.WriteLine($"{item.Document.Id}\t{item.Events[0].Event.Date!.Value.Start.FirstDay.DayNumber}\t{item.Document.Text}");
    using var queries = new StreamWriter(Path.Combine(dir, "queries.tsv"));
    foreach (var (q, f) in BenchQueries.Make(data, queryCount))
        queries.WriteLine($"{q}\t{f.From!.Value.DayNumber}\t{f.To!.Value.DayNumber}");
    Console.WriteLine($"wrote {count} documents and {queryCount} queries to {dir}");
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static void Delete(string path)
{
    foreach (var p in new[] { path, path + "-wal", path + "-shm" }) File.Delete(p);
}

static Dictionary<string, int> ParseArgs(string[] args)
{
    var result = new Dictionary<string, int>();
    for (var i = 0; i + 1 < args.Length; i++)
        if (args[i].StartsWith("--", StringComparison.Ordinal) && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
            result[args[i]] = v;
    return result;
}
