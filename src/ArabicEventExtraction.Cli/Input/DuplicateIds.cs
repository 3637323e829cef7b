using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Cli.Input;

/// <summary>Turns a repeated document id into a read error naming where it was repeated; the first stays.</summary>
public static class DuplicateIds
{
    public static IEnumerable<ReadResult> Reject(IEnumerable<ReadResult> results)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in results)
        {
            if (r.Document is { } doc && !seen.Add(doc.Id))
                yield return r with { Document = null, Error = $"duplicate document id '{doc.Id}'" };
            else
                yield return r;
        }
    }
}
