using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Actors;

/// <summary>
/// Finds armed actors and reporting organisations and decides their role. Find: dictionary names
/// (longest first), adjectives of attacks, unlisted groups by head word. Resolve: contextual codes
/// from the document's country, then roles from the surrounding cue words.
/// </summary>
public sealed class ActorRecognizer
{
    private const string UnknownCode = "UNKNOWN";
    private const int MaxDescriptorGap = 2;
    private const int MaxMembershipGap = 6;

    private readonly ActorLexicon _lexicon;
    private readonly AttackAdjectiveFinder _adjectives;
    private readonly UnknownGroupFinder _groups;
    private readonly ActorRoleClassifier _roles;

    private ActorRecognizer(ActorLexicon lexicon)
    {
        _lexicon = lexicon;
        _adjectives = new AttackAdjectiveFinder(lexicon);
        _groups = new UnknownGroupFinder(lexicon);
        _roles = new ActorRoleClassifier(lexicon);
    }

    public static ActorRecognizer Default { get; } = new(ActorLexicon.Default);

    public IReadOnlyList<ActorMention> Find(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordSequence.Split(text.Text);
        if (words.Count == 0) return [];
        var resolver = new ActorEntryResolver(_lexicon, CountryContext.Build(words, _lexicon.CountryCues));
        var covered = new bool[words.Count];
        var candidates = new List<ActorCandidate>();
        FindNames(words, covered, resolver, candidates);
        _adjectives.ContinueNames(words, covered, resolver, candidates);
        _adjectives.Find(words, covered, resolver, candidates);
        _groups.Find(text, words, covered, candidates);
        candidates.Sort((a, b) => a.First.CompareTo(b.First));
        DropDescriptorsOfNamedActors(words, candidates);
        _roles.Assign(words, candidates);
        candidates.RemoveAll(IsBareDescriptor);

        var claimants = Claimants(words, candidates);
        var mentions = new List<ActorMention>(candidates.Count);
        foreach (var c in candidates)
        {
            var span = text.ToOriginal(words[c.First].Start + c.Prefix, words[c.End - 1].End);
            if (IsGenericPerpetrator(c) && claimants.Count > 0)
                mentions.AddRange(claimants.Select(claimant => new ActorMention(span, claimant.Code, claimant.Name, c.Role) { Cue = c.Cue }));
            else
                mentions.Add(new ActorMention(span, c.Code, c.Name, c.Role) { Cue = c.Cue });
        }
        return mentions;
    }

    /// <summary>Named actors that claimed responsibility ("أعلنت جماعة X مسؤوليتها", "تبنى التنظيم").</summary>
    private List<ActorCandidate> Claimants(WordSequence words, List<ActorCandidate> candidates) =>
        candidates
            .Where(c => c.Role == ActorRole.Perpetrator && c.Code != UnknownCode && IsClaim(words, c))
            .DistinctBy(c => c.Code ?? c.Name)
            .ToList();

    private bool IsClaim(WordSequence words, ActorCandidate c) =>
        c.Cue is { } cue
        && (_lexicon.ClaimCues.Contains(cue)
            || (_lexicon.ClaimCuesWithObject.Contains(cue) && c.End < words.Count
                && _lexicon.AttackNouns.MatchAt(words, c.End) is { Value.IsAttack: true }));

    /// <summary>"أطلق مسلحون النار": an unnamed attacker, who is the claimant when the document names one.</summary>
    private static bool IsGenericPerpetrator(ActorCandidate c) =>
        c.Code == UnknownCode && c.DefaultRole == ActorRole.Other && c.Role == ActorRole.Perpetrator;

    private void FindNames(WordSequence words, bool[] covered, ActorEntryResolver resolver, List<ActorCandidate> into)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (_lexicon.Names.MatchAt(words, i) is not { } match) continue;
            var entry = match.Value;
            if (entry.ContextKey is not null && HasOwnNationality(words, match.End)) continue;
            for (var k = match.First; k < match.End; k++) covered[k] = true;
            var end = match.End;
            // "وزارة الداخلية السعودية": a source's nationality belongs to the source, not to a state actor.
            if (entry.IsSource && end < words.Count && !words[end].BreakBefore && IsNationality(words.TextOf(end)))
                covered[end++] = true;
            if (resolver.TryResolve(entry, words[i].Sentence, into, out var code, out var name))
                into.Add(new ActorCandidate(match.First, end, match.Prefix, code, name, entry.DefaultRole));
            i = end - 1;
        }
    }

    /// <summary>"الجيش اللبناني", "الطائرات الحربية الأمريكية": the name says whose it is, so the country context must not.</summary>
    private bool HasOwnNationality(WordSequence words, int next)
    {
        if (next >= words.Count || words[next].BreakBefore) return false;
        return _lexicon.Adjectives.MatchAt(words, next, allowClitics: false) is not null || IsNationality(words.TextOf(next));
    }

    private bool IsNationality(ReadOnlySpan<char> word) =>
        WordShape.IsDefinite(word) && WordShape.IsNisba(word) && !_lexicon.Modifiers.Contains(word);

    /// <summary>
    /// "مسلحين حوثيين", "مسلحين قال إنهم ينتمون إلى جماعة بوكو حرام": a generic description (UNKNOWN)
    /// right before a named actor, or joined to it by a membership phrase, describes that actor, so
    /// it is dropped and the actor takes its place for role cues.
    /// </summary>
    private void DropDescriptorsOfNamedActors(WordSequence words, List<ActorCandidate> candidates)
    {
        for (var i = candidates.Count - 2; i >= 0; i--)
        {
            var c = candidates[i];
            var next = candidates[i + 1];
            if (c.Code == UnknownCode && next.Code != UnknownCode && next.DefaultRole != ActorRole.Source && Describes(words, c, next))
            {
                next.DescriptorStart = c.First;
                candidates.RemoveAt(i);
            }
        }
    }

    private bool Describes(WordSequence words, ActorCandidate description, ActorCandidate named)
    {
        var gap = named.First - description.End;
        if (gap <= MaxDescriptorGap) return true;
        if (gap > MaxMembershipGap) return false;
        for (var k = description.End; k <= named.First; k++)
            if (words[k].BreakBefore) return false;
        return _lexicon.MembershipCues.MatchEndingAt(words, named.First, 3) is not null;
    }

    /// <summary>A generic description ("مسلحين") that no cue made a perpetrator names nobody: it is not reported.</summary>
    private static bool IsBareDescriptor(ActorCandidate c) =>
        c.Code == UnknownCode && c.DefaultRole == ActorRole.Other && c.Role == ActorRole.Other;
}
