namespace ArabicEventExtraction.Actors;

/// <summary>
/// Decides each actor's role from the words around it, in this order: a cue right before it
/// (skipping attack modifiers such as "الجوي"; members of the actor are hit unless an attack verb
/// follows, or precedes their description: "هاجم مسلحون من جماعة X"; an owner is the perpetrator
/// when what it owns is a weapon: "تابعة لطيران النظام"), the role of an actor it is joined to by و,
/// a cue right after it, an accusation verb a few words before (the accused follows its subject)
/// or a report of its own attack after it ("قال الجيش إن قواته قتلت"), and last the default of its
/// dictionary entry.
/// </summary>
internal sealed class ActorRoleClassifier(ActorLexicon lexicon)
{
    private const int MaxCueWords = 4;
    private const int MaxModifiersSkipped = 2;
    private const int AccusationWindow = 5;
    private const int SelfClaimWindow = 8;

    public void Assign(WordSequence words, IReadOnlyList<ActorCandidate> candidates)
    {
        ActorCandidate? previous = null;
        foreach (var candidate in candidates)
        {
            Decide(words, candidate, previous);
            previous = candidate;
        }
    }

    private void Decide(WordSequence words, ActorCandidate candidate, ActorCandidate? previous)
    {
        if (candidate.DefaultRole == ActorRole.Source)
        {
            candidate.Role = ActorRole.Source;
            return;
        }
        if (candidate.FixedRole is { } fixedRole)
        {
            candidate.Role = fixedRole;
            candidate.Cue = words.TextOf(candidate.Anchor).ToString();
            return;
        }
        if (candidate.DescriptorStart is { } described && CueBefore(words, described) is { Kind: RoleCueKind.Perpetrator } describedCue)
        {
            candidate.Role = ActorRole.Perpetrator;
            candidate.Cue = describedCue.Phrase;
            return;
        }
        if (CueBefore(words, candidate.Anchor) is { } before)
        {
            var acting = ActingDespite(words, candidate, before);
            candidate.Role = before.Kind == RoleCueKind.Perpetrator || acting is not null ? ActorRole.Perpetrator : ActorRole.Other;
            candidate.Cue = acting?.Phrase ?? before.Phrase;
            return;
        }
        if (previous is not null && previous.Role != ActorRole.Source && IsJoined(words, previous, candidate))
        {
            candidate.Role = previous.Role;
            candidate.Cue = previous.Cue;
            return;
        }
        if (CueAfter(words, candidate.End) is { Kind: not RoleCueKind.Accusation } after)
        {
            candidate.Role = after.Kind == RoleCueKind.Perpetrator ? ActorRole.Perpetrator : ActorRole.Other;
            candidate.Cue = after.Phrase;
            return;
        }
        if ((AccusationBefore(words, candidate.Anchor) ?? SelfClaim(words, candidate.End)) is { } evidence)
        {
            candidate.Role = ActorRole.Perpetrator;
            candidate.Cue = evidence.Phrase;
            return;
        }
        candidate.Role = candidate.DefaultRole;
    }

    /// <summary>Evidence that an actor cued as hit, speaking or affiliated is the one who struck.</summary>
    private RoleCue? ActingDespite(WordSequence words, ActorCandidate candidate, RoleCue before) => before.Kind switch
    {
        // "8 مسلحين واعتقلت": a verb after و starts a clause of its own, not the members' act.
        RoleCueKind.Member => VerbRightAfter(words, candidate.End) is { } verb ? verb
            : candidate.DescriptorStart is { } d && CueBefore(words, d) is { Kind: RoleCueKind.Perpetrator } act ? act
            : null,
        RoleCueKind.Speaker => CueAfter(words, candidate.End) is { Kind: RoleCueKind.Perpetrator } verb ? verb : SelfClaim(words, candidate.End),
        RoleCueKind.Other => SelfClaim(words, candidate.End),
        RoleCueKind.Affiliation => IsWeapon(words, candidate.First) ? before : null,
        _ => null,
    };

    /// <summary>
    /// "قال الجيش الوطني إن قواته قتلت", "أعلن التحالف أن مقاتلاته شنت": the speaker reports its own
    /// attack. A self-reference (إنه, قواته) followed by an attack verb within a few words of the actor.
    /// </summary>
    private RoleCue? SelfClaim(WordSequence words, int end)
    {
        if (end >= words.Count) return null;
        var sentence = words[end - 1].Sentence;
        for (var j = end; j + 1 < words.Count && j < end + SelfClaimWindow && words[j + 1].Sentence == sentence; j++)
        {
            if (!lexicon.SelfReferences.ContainsWithClitics(words.TextOf(j)) || words[j + 1].BreakBefore) continue;
            if (lexicon.CuesAfter.MatchAt(words, j + 1) is { Value.Kind: RoleCueKind.Perpetrator } verb) return verb.Value;
        }
        return null;
    }

    private static readonly RoleCue CountedMembers = new("#", RoleCueKind.Member);

    private RoleCue? CueBefore(WordSequence words, int anchor)
    {
        // "قتل 3 مسلحين حوثيين": a count right before the actor counts its members.
        if (anchor > 0 && !words[anchor].BreakBefore && char.IsDigit(words.TextOf(anchor - 1)[0])) return CountedMembers;
        var end = anchor;
        for (var skipped = 0; skipped <= MaxModifiersSkipped; skipped++)
        {
            if (end <= 0 || words[end].BreakBefore) return null;
            if (lexicon.CuesBefore.MatchEndingAt(words, end, MaxCueWords) is { } match) return match.Value;
            if (!lexicon.Modifiers.ContainsWithClitics(words.TextOf(end - 1))) return null;
            end--;
        }
        return null;
    }

    private RoleCue? VerbRightAfter(WordSequence words, int end) =>
        end < words.Count && !words[end].BreakBefore && lexicon.CuesAfter.MatchAt(words, end) is { Value.Kind: RoleCueKind.Perpetrator } verb
        && !(verb.Prefix > 0 && words.TextOf(end)[0] == 'و')
            ? verb.Value
            : null;

    /// <summary>"طيران النظام", "مدفعية الاحتلال": the name starts with a weapon.</summary>
    private bool IsWeapon(WordSequence words, int first) =>
        lexicon.AttackNouns.MatchAt(words, first) is { Value.Kind: AttackNounKind.Weapon };

    private RoleCue? CueAfter(WordSequence words, int end) =>
        end < words.Count && !words[end].BreakBefore && lexicon.CuesAfter.MatchAt(words, end) is { } match
            ? match.Value
            : null;

    /// <summary>"اتهمت المعارضة روسيا": an accusation verb two to five words before, with no break between.</summary>
    private RoleCue? AccusationBefore(WordSequence words, int anchor)
    {
        if (anchor < 1 || words[anchor].BreakBefore) return null;
        for (var start = anchor - 2; start >= 0 && start >= anchor - AccusationWindow; start--)
        {
            if (words[start + 1].BreakBefore) return null;
            if (lexicon.CuesBefore.MatchExactly(words, start, start + 1) is { Value.Kind: RoleCueKind.Accusation } match)
                return match.Value;
        }
        return null;
    }

    private static bool IsJoined(WordSequence words, ActorCandidate previous, ActorCandidate candidate)
    {
        if (candidate.Conjoined) return true;
        if (words[candidate.First].BreakBefore) return false;
        if (previous.End == candidate.First) return candidate.Prefix > 0 && words.TextOf(candidate.First)[0] == 'و';
        return previous.End == candidate.First - 1 && words.TextOf(previous.End) is "و" or "او";
    }
}
