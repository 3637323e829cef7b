namespace ArabicEventExtraction.Places;

/// <summary>
/// A place found in the text before resolution: its normalized span, the gazetteer entries its
/// name may denote (none for an unknown name), and what surrounds it (head word, side, countryside).
/// </summary>
internal sealed class PlaceCandidate
{
    public int Start { get; init; }
    public int End { get; set; }
    /// <summary>Index of the word after the candidate.</summary>
    public int NextWord { get; set; }
    public IReadOnlyList<PlaceNameMatch> Matches { get; init; } = [];
    /// <summary>The folded name that matched (for the canonical-name preference).</summary>
    public string MatchedKey { get; init; } = "";
    /// <summary>Name as written, for a place the gazetteer does not know.</summary>
    public string? UnknownName { get; set; }
    public HeadWord? Head { get; init; }
    public SideWord? Side { get; set; }
    public bool Countryside { get; set; }
    public GazetteerEntry? Entry { get; set; }
    /// <summary>The span does not show the name as a whole ("الأحياء الشرقية من حلب"): report the name itself as written.</summary>
    public bool SpanIsNotTheName { get; set; }
    /// <summary>For an unknown place: the known place it is said to be in ("قرية X بريف إدلب").</summary>
    public PlaceCandidate? Within { get; set; }
}
