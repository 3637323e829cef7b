using ArabicEventExtraction.Resources;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Actors;

/// <summary>
/// Reads the actor data files (formats in README, "Actor dictionary"). Every phrase is folded with
/// <see cref="ArabicNormalizer.Fold(string)"/>, so files may be written in ordinary spelling.
/// A bad line throws <see cref="LexiconFormatException"/> naming file and line.
/// </summary>
internal static class ActorLexiconLoader
{
    public const string Codes = "Actors/actor_codes.tsv";
    public const string Aliases = "Actors/actor_aliases.tsv";
    public const string Contexts = "Actors/contextual_codes.tsv";
    public const string Sources = "Actors/sources.tsv";
    public const string Adjectives = "Actors/attack_adjectives.tsv";
    public const string Nouns = "Actors/attack_nouns.tsv";
    public const string Modifiers = "Actors/attack_modifiers.txt";
    public const string Hedges = "Actors/attack_hedges.txt";
    public const string Blockers = "Actors/adjective_blockers.txt";
    public const string RoleCues = "Actors/role_cues.tsv";
    public const string CountryCues = "Actors/country_cues.tsv";
    public const string GroupHeads = "Actors/group_heads.tsv";
    public const string GroupStopwords = "Actors/group_name_stopwords.txt";
    public const string SourceCues = "Actors/source_cues.txt";
    public const string Membership = "Actors/membership_cues.txt";
    public const string Claims = "Actors/claim_cues.txt";
    public const string SelfReferences = "Actors/self_references.txt";

    public static ActorLexicon LoadEmbedded() => Load(name => new StreamReader(ResourceFile.Open(name)));

    /// <summary>Loads every file through <paramref name="open"/> (a resource name → its text).</summary>
    public static ActorLexicon Load(Func<string, TextReader> open)
    {
        var lexicon = new ActorLexicon();
        IEnumerable<LexiconRow> Rows(string file)
        {
            using var reader = open(file);
            foreach (var row in LexiconRow.Read(file, reader)) yield return row;
        }

        foreach (var row in Rows(Codes))
            lexicon.CanonicalNames[row.Field(0, "code")] = row.Field(2, "Arabic canonical name");
        foreach (var row in Rows(Contexts)) LoadContext(lexicon, row);
        foreach (var row in Rows(Aliases)) LoadAliases(lexicon, row);
        foreach (var row in Rows(Sources)) LoadSource(lexicon, row);
        foreach (var row in Rows(Adjectives))
        {
            var entry = EntryFor(lexicon, row, row.Field(0, "code"), null, ActorRole.Perpetrator);
            foreach (var form in row.List(1, "adjectives").SelectMany(a => WordForms.Adjective(Fold(row, a))))
                lexicon.Adjectives.Add(form, entry);
        }
        foreach (var row in Rows(Nouns))
        {
            var kind = row.Field(0, "kind") switch
            {
                "attack" => AttackNounKind.Attack,
                "force" => AttackNounKind.Force,
                "weapon" => AttackNounKind.Weapon,
                var other => throw row.Error($"kind must be 'attack', 'force' or 'weapon', not '{other}'"),
            };
            foreach (var word in row.List(1, "nouns"))
                foreach (var form in WordForms.Noun(Fold(row, word)))
                    lexicon.AttackNouns.Add(form, new AttackNoun(form, kind));
        }
        foreach (var row in Rows(Modifiers))
            foreach (var word in row.List(0, "modifiers"))
                foreach (var form in WordForms.Adjective(Fold(row, word))) lexicon.Modifiers.Add(form);
        foreach (var row in Rows(Hedges))
            foreach (var hedge in row.List(0, "hedges")) lexicon.Hedges.Add(Fold(row, hedge), Fold(row, hedge));
        foreach (var row in Rows(Blockers))
            foreach (var word in row.List(0, "words"))
                foreach (var form in WordForms.Noun(Fold(row, word))) lexicon.AdjectiveBlockers.Add(form);
        foreach (var row in Rows(RoleCues)) LoadRoleCue(lexicon, row);
        foreach (var row in Rows(CountryCues))
        {
            var country = row.Field(0, "country code");
            foreach (var cue in row.List(1, "cues")) lexicon.CountryCues.Add(Fold(row, cue), country);
        }
        foreach (var row in Rows(GroupHeads))
        {
            var role = ParseRole(row, row.Field(0, "role"));
            foreach (var head in row.List(1, "head words"))
                lexicon.GroupHeads.Add(Fold(row, head), new GroupHead(Fold(row, head), role));
        }
        foreach (var row in Rows(GroupStopwords))
            foreach (var word in row.List(0, "words"))
                foreach (var form in WordForms.Noun(Fold(row, word))) lexicon.GroupNameStopwords.Add(form);
        foreach (var row in Rows(SourceCues))
            foreach (var cue in row.List(0, "cues")) lexicon.SourceCues.Add(Fold(row, cue), Fold(row, cue));
        foreach (var row in Rows(SelfReferences))
            foreach (var word in row.List(0, "words")) lexicon.SelfReferences.Add(Fold(row, word));
        foreach (var row in Rows(Claims))
            foreach (var cue in row.List(0, "cues"))
            {
                if (cue.EndsWith('+')) lexicon.ClaimCuesWithObject.Add(Fold(row, cue[..^1]));
                else lexicon.ClaimCues.Add(Fold(row, cue));
            }
        foreach (var row in Rows(Membership))
            foreach (var cue in row.List(0, "cues")) lexicon.MembershipCues.Add(Fold(row, cue), Fold(row, cue));
        return lexicon;
    }

    private static void LoadContext(ActorLexicon lexicon, LexiconRow row)
    {
        var key = row.Field(0, "key");
        if (!key.StartsWith('?')) throw row.Error($"a contextual key starts with '?': '{key}'");
        var byCountry = new Dictionary<string, string>(StringComparer.Ordinal);
        var antecedents = new List<string>();
        string? fallback = null;
        foreach (var pair in row.List(1, "COUNTRY=CODE list"))
        {
            if (pair.StartsWith('^'))
            {
                var antecedent = pair[1..].Trim();
                if (antecedent is not (ContextualCode.AnyNamedGroup or ContextualCode.AnyActor) && !lexicon.CanonicalNames.ContainsKey(antecedent))
                    throw row.Error($"unknown actor code '{antecedent}'");
                antecedents.Add(antecedent);
                continue;
            }
            var parts = pair.Split('=');
            if (parts.Length != 2) throw row.Error($"expected COUNTRY=CODE, got '{pair}'");
            var (country, code) = (parts[0].Trim(), parts[1].Trim());
            if (!lexicon.CanonicalNames.ContainsKey(code)) throw row.Error($"unknown actor code '{code}'");
            if (country == "*") fallback = code; else byCountry[country] = code;
        }
        if (antecedents.Count > 0 && (byCountry.Count > 0 || fallback is not null))
            throw row.Error("a key is resolved either by antecedents (^CODE) or by country (COUNTRY=CODE), not both");
        lexicon.Contexts[key] = new ContextualCode(key, byCountry, fallback) { Antecedents = antecedents };
    }

    private static void LoadAliases(ActorLexicon lexicon, LexiconRow row)
    {
        var code = row.Field(0, "code");
        var aliases = row.List(1, "aliases").ToList();
        var role = row.Fields.Length > 2 && row.Fields[2].Trim().Length > 0
            ? ParseRole(row, row.Fields[2].Trim())
            : ActorRole.Perpetrator;
        if (role == ActorRole.Source) throw row.Error("reporting organisations go in sources.tsv");
        var entry = EntryFor(lexicon, row, code, aliases[0], role);
        foreach (var alias in aliases) AddName(lexicon, row, alias, entry);
        lexicon.AliasCount += aliases.Count;
    }

    private static void LoadSource(ActorLexicon lexicon, LexiconRow row)
    {
        var canonical = row.Field(0, "canonical name");
        var entry = new ActorEntry(null, null, canonical, ActorRole.Source);
        var names = new List<string> { canonical };
        if (row.Fields.Length > 1 && row.Fields[1].Trim().Length > 0) names.AddRange(row.List(1, "aliases"));
        foreach (var name in names) AddName(lexicon, row, name, entry);
        lexicon.SourceAliasCount += names.Count;
    }

    private static void LoadRoleCue(ActorLexicon lexicon, LexiconRow row)
    {
        var kind = row.Field(0, "kind") switch
        {
            "perpetrator" => RoleCueKind.Perpetrator,
            "victim" => RoleCueKind.Victim,
            "member" => RoleCueKind.Member,
            "affiliation" => RoleCueKind.Affiliation,
            "speaker" => RoleCueKind.Speaker,
            "other" => RoleCueKind.Other,
            "accusation" => RoleCueKind.Accusation,
            var other => throw row.Error($"kind must be perpetrator, victim, member, speaker, affiliation, other or accusation, not '{other}'"),
        };
        var position = row.Field(1, "position");
        if (position is not ("before" or "after" or "both"))
            throw row.Error($"position must be before, after or both, not '{position}'");
        foreach (var phrase in row.List(2, "cue phrases"))
        {
            var cue = new RoleCue(Fold(row, phrase), kind);
            if (position is "before" or "both") Check(row, lexicon.CuesBefore.Add(cue.Phrase, cue), cue);
            if (position is "after" or "both") Check(row, lexicon.CuesAfter.Add(cue.Phrase, cue), cue);
        }

        static void Check(LexiconRow row, RoleCue? existing, RoleCue cue)
        {
            if (existing is not null && existing.Kind != cue.Kind)
                throw row.Error($"cue '{cue.Phrase}' is already listed as {existing.Kind}");
        }
    }

    private static ActorEntry EntryFor(ActorLexicon lexicon, LexiconRow row, string code, string? firstAlias, ActorRole role)
    {
        if (code == "-")
            return firstAlias is null
                ? throw row.Error("'-' (no code) needs a name")
                : new ActorEntry(null, null, firstAlias, role);
        if (code.StartsWith('?'))
            return lexicon.Contexts.ContainsKey(code)
                ? new ActorEntry(null, code, firstAlias ?? code, role)
                : throw row.Error($"unknown contextual key '{code}' (define it in {Contexts})");
        return lexicon.CanonicalNames.TryGetValue(code, out var name)
            ? new ActorEntry(code, null, name, role)
            : throw row.Error($"unknown actor code '{code}' (codes are listed in {Codes})");
    }

    private static void AddName(ActorLexicon lexicon, LexiconRow row, string phrase, ActorEntry entry)
    {
        var existing = lexicon.Names.Add(Fold(row, phrase), entry);
        if (existing is not null && existing != entry)
            throw row.Error($"'{phrase}' is already listed for {existing.Code ?? existing.ContextKey ?? existing.Name}");
    }

    private static ActorRole ParseRole(LexiconRow row, string value) => value switch
    {
        "perpetrator" or "armed" => ActorRole.Perpetrator,
        "other" => ActorRole.Other,
        "source" => ActorRole.Source,
        _ => throw row.Error($"role must be perpetrator, other or source, not '{value}'"),
    };

    private static string Fold(LexiconRow row, string phrase)
    {
        var folded = ArabicNormalizer.Fold(phrase).Trim();
        return WordSequence.Split(folded).Count > 0 ? folded : throw row.Error($"'{phrase}' has no words");
    }
}
