namespace ArabicEventExtraction.Actors;

/// <summary>The actor recognizer's language data, loaded from Resources/Actors by <see cref="ActorLexiconLoader"/>.</summary>
internal sealed class ActorLexicon
{
    private static readonly Lazy<ActorLexicon> Embedded = new(ActorLexiconLoader.LoadEmbedded);

    public static ActorLexicon Default => Embedded.Value;

    /// <summary>Actor aliases and reporting organisations, one trie so the longest name wins.</summary>
    public PhraseMatcher<ActorEntry> Names { get; } = new();

    public Dictionary<string, ContextualCode> Contexts { get; } = new(StringComparer.Ordinal);

    /// <summary>Code → canonical Arabic name.</summary>
    public Dictionary<string, string> CanonicalNames { get; } = new(StringComparer.Ordinal);

    public PhraseMatcher<ActorEntry> Adjectives { get; } = new();

    public PhraseMatcher<AttackNoun> AttackNouns { get; } = new();

    public WordSet Modifiers { get; } = new();

    public PhraseMatcher<string> Hedges { get; } = new();

    /// <summary>Words after an adjective that make it a description, not an actor ("إيراني الصنع").</summary>
    public WordSet AdjectiveBlockers { get; } = new();

    public PhraseMatcher<RoleCue> CuesBefore { get; } = new();

    public PhraseMatcher<RoleCue> CuesAfter { get; } = new();

    public PhraseMatcher<string> CountryCues { get; } = new();

    public PhraseMatcher<GroupHead> GroupHeads { get; } = new();

    public WordSet GroupNameStopwords { get; } = new();

    public PhraseMatcher<string> SourceCues { get; } = new();

    /// <summary>Role cues that are claims of responsibility ("أعلن مسؤوليته", "تبنى"), folded as in <see cref="CuesBefore"/>.</summary>
    public HashSet<string> ClaimCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Claim cues that claim only with an attack noun after the actor ("وتبنت الجماعة الهجوم").</summary>
    public HashSet<string> ClaimCuesWithObject { get; } = new(StringComparer.Ordinal);

    /// <summary>إنه, قواته, مقاتلاته: how a speaker refers to itself when reporting its own attack.</summary>
    public WordSet SelfReferences { get; } = new();

    /// <summary>"ينتمون إلى", "تابعون ل": a description before them is of the actor after them.</summary>
    public PhraseMatcher<string> MembershipCues { get; } = new();

    /// <summary>Number of actor alias phrases (not counting sources).</summary>
    public int AliasCount { get; set; }

    public int SourceAliasCount { get; set; }
}
