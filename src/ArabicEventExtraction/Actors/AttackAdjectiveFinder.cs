namespace ArabicEventExtraction.Actors;

/// <summary>
/// Actors named by an adjective of an attack or force noun: "غارات روسية", "القصف الجوي الإسرائيلي",
/// "قصف روسي-سوري", "طائرات سورية أو روسية", "طائرات حربية يرجح أنها روسية". Each adjective becomes
/// its own candidate; a listed name ending in an adjective continues the same way
/// ("القوات الروسية والسورية").
/// </summary>
internal sealed class AttackAdjectiveFinder(ActorLexicon lexicon)
{
    private const int MaxModifiers = 2;

    public void Find(WordSequence words, bool[] covered, ActorEntryResolver resolver, List<ActorCandidate> into)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (covered[i] || lexicon.AttackNouns.MatchAt(words, i) is not { } noun) continue;
            var j = noun.End;
            for (var skipped = 0; skipped < MaxModifiers && CanExtend(words, covered, j) && IsModifier(words, j); skipped++) j++;
            // A hedge may sit between commas: "طائرة حربية، يعتقد أنها روسية،".
            var hedge = j < words.Count && !covered[j] ? lexicon.Hedges.MatchAt(words, j) : null;
            if (hedge is { } h) j = h.End;
            var end = ReadChain(words, covered, resolver, j, i, noun.Value.IsAttack, afterHedge: hedge is not null, continuing: false, into);
            if (end > j) i = end - 1;
        }
    }

    /// <summary>Reads "و + adjective" after listed names that end in an adjective.</summary>
    public void ContinueNames(WordSequence words, bool[] covered, ActorEntryResolver resolver, List<ActorCandidate> names)
    {
        var count = names.Count;
        for (var n = 0; n < count; n++)
        {
            var name = names[n];
            if (name.DefaultRole == ActorRole.Source || lexicon.Adjectives.MatchAt(words, name.End - 1, allowClitics: false) is null) continue;
            ReadChain(words, covered, resolver, name.End, name.Anchor, isAttack: false, afterHedge: false, continuing: true, names);
        }
    }

    private int ReadChain(WordSequence words, bool[] covered, ActorEntryResolver resolver, int j, int anchor,
        bool isAttack, bool afterHedge, bool continuing, List<ActorCandidate> into)
    {
        var first = !continuing;
        while (j < words.Count && !covered[j] && (!words[j].BreakBefore || (first && afterHedge)))
        {
            if (!first && words.TextOf(j) is "و" or "او")
            {
                j++;
                continue;
            }
            if (lexicon.Adjectives.MatchAt(words, j, allowClitics: !first) is not { } adjective || IsBlocked(words, adjective.End)) break;
            if (resolver.TryResolve(adjective.Value, words[j].Sentence, into, out var code, out var name))
            {
                into.Add(new ActorCandidate(j, adjective.End, adjective.Prefix, code, name, ActorRole.Perpetrator)
                {
                    Anchor = anchor,
                    FixedRole = isAttack ? ActorRole.Perpetrator : null,
                    Conjoined = !first,
                });
            }
            for (var k = j; k < adjective.End; k++) covered[k] = true;
            j = adjective.End;
            first = false;
        }
        return j;
    }

    private bool IsBlocked(WordSequence words, int next) =>
        next < words.Count && !words[next].BreakBefore && lexicon.AdjectiveBlockers.Contains(words.TextOf(next));

    private static bool CanExtend(WordSequence words, bool[] covered, int j) =>
        j < words.Count && !words[j].BreakBefore && !covered[j];

    private bool IsModifier(WordSequence words, int j) =>
        lexicon.Modifiers.ContainsWithClitics(words.TextOf(j)) && lexicon.Adjectives.MatchAt(words, j, allowClitics: false) is null;
}
