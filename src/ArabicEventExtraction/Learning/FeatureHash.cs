namespace ArabicEventExtraction.Learning;

/// <summary>64-bit FNV-1a over a feature's template name and value: stable across runs and platforms, unlike string.GetHashCode.</summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(string template, ReadOnlySpan<char> value)
    {
        var h = Offset;
        foreach (var c in template) h = (h ^ c) * Prime;
        h = (h ^ 0x1F) * Prime;
        foreach (var c in value) h = (h ^ c) * Prime;
        return h;
    }

    public static ulong Of(string template, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var h = Of(template, first);
        h = (h ^ 0x1E) * Prime;
        foreach (var c in second) h = (h ^ c) * Prime;
        return h;
    }
}
