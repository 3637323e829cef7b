namespace ArabicEventExtraction.Places;

/// <summary>Names the gazetteer does not know: after head words, after prepositions with a compound prefix, and where they lie.</summary>
internal sealed partial class PlaceFinder
{
    /// <summary>A name the gazetteer does not know, right after a head word: one word, two after a compound prefix ("كفر", "تل").</summary>
    private PlaceCandidate? UnknownNameAt(int i, HeadWord head)
    {
        var w = _words[i];
        var word = Word(i);
        var skip = 0;
        var underHead = _found.Count(c => c.Head == head && c.End > _headStart);
        if (underHead > 0)
        {
            // A coordinated unknown name needs a dual or plural head ("حيي X وY", "بلدات X، Y وZ").
            if (underHead >= head.MaxNames) return null;
            if (word.Length > 3 && word[0] == 'و') skip = 1;
            else if (!w.CommaBefore) return null;
        }
        var stem = word[skip..];
        if (!LooksLikeName(stem) || _lexicon.SideNoun(stem) is not null) return null;
        var compound = _lexicon.NamePrefixes.Contains(stem);
        // A name right after its head word does not start with a conjunction ("أحياء وقد").
        if (underHead == 0 && stem[0] == 'و' && !compound) return null;
        var end = i + 1;
        var construct = end < _words.Length && !_words[end].BreakBefore && !_words[end].CommaBefore && LooksLikeName(Word(end))
                        && (compound || IsGenitiveName(stem, Word(end)));
        if (head.DefiniteNamesOnly && !stem.StartsWith("ال") && !construct) return null;
        if (construct) end++;
        var c = new PlaceCandidate { Start = w.Start + skip, End = _words[end - 1].End, NextWord = end, Head = head };
        TakeSideAdjectives(c);
        _found.Add(c);
        return c;
    }

    /// <summary>
    /// "حي غوط الشعال": an indefinite first word followed by a definite one is one name (a
    /// construct), unless the second is an adjective (a side, or an -ية nisba: "السورية").
    /// </summary>
    private bool IsGenitiveName(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        !first.StartsWith("ال") && second.StartsWith("ال") && second.Length > 3
        && _lexicon.SideAdjective(second) is null && !second.EndsWith("يه");

    /// <summary>"في جبل البحوث", "بعين سلطان": a compound-name prefix right after a preposition makes a place.</summary>
    private PlaceCandidate? BareCompoundNameAt(int i, ReadOnlySpan<CliticStem> stems)
    {
        var next = i + 1;
        if (next >= _words.Length || _words[next].BreakBefore || _words[next].CommaBefore) return null;
        var word = Word(i);
        foreach (var s in stems)
        {
            if (s.AddAlef || !_lexicon.BareNamePrefixes.Contains(word[s.Skip..]) || !PrepositionContext(i, s)) continue;
            if (!LooksLikeName(Word(next)) || LongestMatch(next) is not null) return null;
            var c = new PlaceCandidate { Start = _words[i].Start + s.Skip, End = _words[next].End, NextWord = next + 1 };
            TakeSideAdjectives(c);
            _found.Add(c);
            return c;
        }
        return null;
    }

    private bool LooksLikeName(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || _lexicon.NotNames.Contains(word) || _lexicon.Head(word) is not null) return false;
        foreach (var ch in word) if (ch is < '\u0621' or > '\u064A') return false;
        // An indefinite -ية word after a head word is an adjective ("منطقة سكنية"), not a name.
        return !(word.EndsWith("يه") && !word.StartsWith("ال"));
    }

    /// <summary>"قرية X بريف إدلب": an unknown place followed closely by a known one is inside it.</summary>
    private void LinkUnknownToEnclosing()
    {
        for (var k = 0; k + 1 < _found.Count; k++)
        {
            var c = _found[k];
            if (c.Matches.Count > 0) continue;
            for (var j = k + 1; j < _found.Count && j <= k + 3; j++)
            {
                var next = _found[j];
                if (next.Matches.Count == 0) continue;
                if (WordsBetween(c.End, next.Start, out var breaks) <= 2 && !breaks) c.Within = next;
                break;
            }
        }
    }
}
