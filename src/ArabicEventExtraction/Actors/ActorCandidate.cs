namespace ArabicEventExtraction.Actors;

/// <summary>
/// An actor found over words [First, End) (the first word read after Prefix clitic letters), before
/// its role is decided. Anchor is the word whose left context holds role cues: the first word, or
/// the noun of an adjective ("غارات" in "غارات روسية").
/// </summary>
internal sealed class ActorCandidate(int first, int end, int prefix, string? code, string name, ActorRole defaultRole)
{
    public int First { get; } = first;
    public int End { get; } = end;
    public int Prefix { get; } = prefix;
    public string? Code { get; } = code;
    public string Name { get; } = name;
    public ActorRole DefaultRole { get; } = defaultRole;
    public int Anchor { get; init; } = first;

    /// <summary>Set when the finder already knows the role (the adjective of an attack noun).</summary>
    public ActorRole? FixedRole { get; init; }

    /// <summary>Joined to the previous candidate by و/أو/hyphen: shares its role unless a cue says otherwise.</summary>
    public bool Conjoined { get; set; }

    /// <summary>First word of a dropped generic description of this actor ("مسلحون" in "مسلحون من جماعة X").</summary>
    public int? DescriptorStart { get; set; }

    public ActorRole Role { get; set; }
    public string? Cue { get; set; }
}
