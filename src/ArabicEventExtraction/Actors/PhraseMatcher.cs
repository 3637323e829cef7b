namespace ArabicEventExtraction.Actors;

/// <summary>A trie over normalized words: finds the longest listed phrase starting at a word.</summary>
internal sealed class PhraseMatcher<T> where T : class
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public T? Value;

        public Node? Child(ReadOnlySpan<char> word) =>
            Children is not null && Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var next) ? next : null;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase (folded text); returns the value already stored for it, if any.</summary>
    public T? Add(string foldedPhrase, T value)
    {
        var words = WordSequence.Split(foldedPhrase);
        if (words.Count == 0) throw new ArgumentException("A phrase needs at least one word.", nameof(foldedPhrase));
        var node = _root;
        for (var i = 0; i < words.Count; i++)
        {
            var key = words.TextOf(i).ToString();
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var next)) node.Children[key] = next = new Node();
            node = next;
        }
        if (node.Value is not null) return node.Value;
        node.Value = value;
        Count++;
        return null;
    }

    /// <summary>The longest phrase starting at word <paramref name="index"/>, reading its first word with or without clitics.</summary>
    public PhraseMatch<T>? MatchAt(WordSequence words, int index, bool allowClitics = true)
    {
        Span<CliticReading> readings = stackalloc CliticReading[CliticVariants.MaxVariants];
        Span<char> buffer = stackalloc char[CliticVariants.MaxWordLength + 1];
        var first = words.TextOf(index);
        var count = allowClitics ? CliticVariants.Fill(first, readings) : 1;
        if (!allowClitics) readings[0] = default;
        PhraseMatch<T>? best = null;
        for (var v = 0; v < count; v++)
        {
            var skip = readings[v].Skip;
            var node = _root.Child(readings[v].Apply(first, buffer));
            if (node is null) continue;
            var end = index + 1;
            var bestEnd = node.Value is null ? -1 : end;
            var bestValue = node.Value;
            while (end < words.Count && !words[end].BreakBefore && node.Child(words.TextOf(end)) is { } next)
            {
                node = next;
                end++;
                if (node.Value is not null) { bestEnd = end; bestValue = node.Value; }
            }
            if (bestEnd > 0 && (best is null || bestEnd > best.Value.End))
                best = new PhraseMatch<T>(index, bestEnd, skip, bestValue!);
        }
        return best;
    }

    /// <summary>A phrase covering exactly words [start, end), if one is listed.</summary>
    public PhraseMatch<T>? MatchExactly(WordSequence words, int start, int end, bool allowClitics = true)
    {
        if (start < 0 || end > words.Count || start >= end) return null;
        for (var i = start + 1; i < end; i++)
            if (words[i].BreakBefore) return null;
        Span<CliticReading> readings = stackalloc CliticReading[CliticVariants.MaxVariants];
        Span<char> buffer = stackalloc char[CliticVariants.MaxWordLength + 1];
        var first = words.TextOf(start);
        var count = allowClitics ? CliticVariants.Fill(first, readings) : 1;
        if (!allowClitics) readings[0] = default;
        for (var v = 0; v < count; v++)
        {
            var skip = readings[v].Skip;
            var node = _root.Child(readings[v].Apply(first, buffer));
            for (var i = start + 1; node is not null && i < end; i++) node = node.Child(words.TextOf(i));
            if (node?.Value is not null) return new PhraseMatch<T>(start, end, skip, node.Value);
        }
        return null;
    }

    /// <summary>The longest phrase of at most <paramref name="maxWords"/> words ending just before word <paramref name="end"/>.</summary>
    public PhraseMatch<T>? MatchEndingAt(WordSequence words, int end, int maxWords)
    {
        for (var length = Math.Min(maxWords, end); length >= 1; length--)
            if (MatchExactly(words, end - length, end) is { } match) return match;
        return null;
    }
}
