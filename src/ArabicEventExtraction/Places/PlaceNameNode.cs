namespace ArabicEventExtraction.Places;

/// <summary>A node of the word trie of place names: children by next (folded) word, places ending here.</summary>
internal sealed class PlaceNameNode
{
    private Dictionary<string, PlaceNameNode>? _children;
    private Dictionary<string, PlaceNameNode>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public List<PlaceNameMatch>? Places { get; private set; }

    public PlaceNameNode? Child(ReadOnlySpan<char> word) =>
        _children is not null && _lookup.TryGetValue(word, out var node) ? node : null;

    public PlaceNameNode GetOrAddChild(string word)
    {
        if (_children is null)
        {
            _children = new Dictionary<string, PlaceNameNode>(StringComparer.Ordinal);
            _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
        }
        if (!_children.TryGetValue(word, out var node)) _children[word] = node = new PlaceNameNode();
        return node;
    }

    public void Add(PlaceNameMatch match)
    {
        Places ??= [];
        var i = Places.FindIndex(p => p.Entry.Id == match.Entry.Id);
        if (i < 0) Places.Add(match);
        else if (match.Canonical && !Places[i].Canonical) Places[i] = match;
    }
}
