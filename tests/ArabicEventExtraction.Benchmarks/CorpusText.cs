using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Benchmarks;

/// <summary>The documents of the repository's corpus/ (sample, and labelled when present).</summary>
public static class CorpusText
{
    public static IReadOnlyList<Document> Load()
    {
        var root = FindRepositoryRoot();
        var docs = new List<Document>();
        foreach (var name in (string[])["corpus/sample/docs.jsonl", "corpus/labelled/docs.jsonl"])
        {
            var path = Path.Combine(root, name);
            if (!File.Exists(path)) continue;
            using var reader = new StreamReader(path);
            docs.AddRange(DocumentJsonlReader.Read(reader, path).Select(r => r.Document).OfType<Document>());
        }
        return docs;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArabicEventExtraction.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArabicEventExtraction.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("run from inside the repository");
    }
}
