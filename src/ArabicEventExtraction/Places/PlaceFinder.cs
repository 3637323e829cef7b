using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Places;

/// <summary>
/// Finds place candidates in one normalized text: gazetteer names (longest match over the word
/// trie, proclitics removed), names after head words (known or not), sides, countrysides and
/// coordinated lists. Names that are also common words need place context.
/// </summary>
internal sealed partial class PlaceFinder
{
    /// <summary>No place name has a longer word; longer runs of letters are not looked up (and never hit the stack).</summary>
    private const int MaxWordLength = 40;

    private readonly PlaceNameIndex _index;
    private readonly PlaceLexicon _lexicon;
    private readonly string _text;
    private readonly PlaceWord[] _words;
    private readonly List<PlaceCandidate> _found = [];
    private readonly HashSet<string> _confirmed = new(StringComparer.Ordinal);
    private int _headStart;
    private int _headWordStart;

    public PlaceFinder(PlaceNameIndex index, PlaceLexicon lexicon, string text)
    {
        _index = index;
        _lexicon = lexicon;
        _text = text;
        _words = PlaceWordScanner.Scan(text);
    }

    public List<PlaceCandidate> Find()
    {
        HeadWord? head = null;       // the head word whose names we are reading
        var listOpen = false;        // a name of that head was found: coordinated names may follow
        Span<CliticStem> stems = stackalloc CliticStem[CliticForms.Max];
        var i = 0;
        while (i < _words.Length)
        {
            var w = _words[i];
            if (head is not null && w.BreakBefore) head = null;
            if (head is not null && listOpen && !ContinuesList(i, head)) head = null;

            if (!IsArabicLetter(_text[w.Start]) || w.Length > MaxWordLength)
            {
                head = null;
                i++;
                continue;
            }
            var n = CliticForms.Of(Word(i), stems);
            var match = LongestMatch(i, stems[..n]);
            if (match is null && HeadAt(i, stems[..n]) is { } h)
            {
                head = h;
                _headStart = _words[i].End;
                _headWordStart = _words[i].Start + HeadSkip(i, stems[..n]);
                listOpen = false;
                i++;
                continue;
            }
            var side = match is null ? SideNounAt(i, stems[..n]) : null;
            var placeAt = i + 1;
            if (side is { } first && placeAt < _words.Length && !_words[placeAt].BreakBefore && SideNounAt(placeAt) is { Skip: 0 } second
                && second.Side.Noun != first.Side.Noun)
            {
                // "جنوب شرق النيجر": a compound side is named with its nouns.
                side = (first.Side with { Noun = first.Side.Noun + " " + second.Side.Noun }, first.Skip);
                placeAt++;
            }
            if (side is not null && LongestMatch(placeAt) is { Stem.HadConjunction: false } sideMatch && !_words[placeAt].BreakBefore
                && Accept(sideMatch, head, prepositionContext: true))
            {
                AddSided(i, sideMatch, side.Value.Side, head);
                i = sideMatch.EndWord;
                listOpen = head is not null;
                continue;
            }
            if (match is { } m && Accept(m, head, PrepositionContext(i, m.Stem)))
            {
                var c = AddMatch(i, m, head);
                i = c.NextWord;
                listOpen = head is not null;
                continue;
            }
            if (head is not null && match is null && UnknownNameAt(i, head) is { } unknown)
            {
                i = unknown.NextWord;
                listOpen = true;
                continue;
            }
            if (head is null && match is null && BareCompoundNameAt(i, stems[..n]) is { } bare)
            {
                i = bare.NextWord;
                continue;
            }
            if (head is not null && side is null) head = null;
            i++;
        }
        LinkUnknownToEnclosing();
        return _found;
    }

    private bool ContinuesList(int i, HeadWord head)
    {
        var w = _words[i];
        if (w.CommaBefore) return head.IntroducesList;
        var word = _text.AsSpan(w.Start, w.Length);
        return word.Length >= 3 && word[0] == 'و';
    }

    private int HeadSkip(int i, ReadOnlySpan<CliticStem> stems)
    {
        var word = Word(i);
        foreach (var s in stems)
            if (!s.AddAlef && _lexicon.Head(word[s.Skip..]) is not null) return s.Skip;
        return 0;
    }

    private HeadWord? HeadAt(int i, ReadOnlySpan<CliticStem> stems)
    {
        var word = Word(i);
        for (var k = 0; k < stems.Length; k++)
            if (!stems[k].AddAlef && _lexicon.Head(word[stems[k].Skip..]) is { } h) return h;
        return null;
    }

    private (SideWord Side, int Skip)? SideNounAt(int i)
    {
        if (i + 1 >= _words.Length) return null;
        Span<CliticStem> stems = stackalloc CliticStem[CliticForms.Max];
        var n = CliticForms.Of(Word(i), stems);
        return SideNounAt(i, stems[..n]);
    }

    private (SideWord Side, int Skip)? SideNounAt(int i, ReadOnlySpan<CliticStem> stems)
    {
        if (i + 1 >= _words.Length) return null;
        var word = Word(i);
        for (var k = 0; k < stems.Length; k++)
            if (!stems[k].AddAlef && _lexicon.SideNoun(word[stems[k].Skip..]) is { } s) return (s, stems[k].Skip);
        return null;
    }

    /// <summary>The longest gazetteer name starting at word i, trying each clitic reading of its first word.</summary>
    private NameMatch? LongestMatch(int i)
    {
        if (i >= _words.Length || _words[i].Length > MaxWordLength) return null;
        Span<CliticStem> stems = stackalloc CliticStem[CliticForms.Max];
        var n = CliticForms.Of(Word(i), stems);
        return LongestMatch(i, stems[..n]);
    }

    private NameMatch? LongestMatch(int i, ReadOnlySpan<CliticStem> stems)
    {
        var word = Word(i);
        Span<char> buffer = stackalloc char[word.Length + 1];
        NameMatch? best = null;
        for (var k = 0; k < stems.Length; k++)
        {
            var node = _index.Root.Child(stems[k].Text(word, buffer));
            var end = i + 1;
            PlaceNameNode? last = node?.Places is not null ? node : null;
            var lastEnd = end;
            while (node is not null && end < _words.Length && !_words[end].BreakBefore && !_words[end].CommaBefore)
            {
                node = node.Child(Word(end));
                end++;
                if (node?.Places is not null) { last = node; lastEnd = end; }
            }
            if (last is not null && (best is null || lastEnd > best.Value.EndWord))
                best = new NameMatch(last, stems[k], i, lastEnd);
        }
        return best;
    }

    private bool PrepositionContext(int i, CliticStem stem)
    {
        if (stem.HadPreposition) return true;
        if (i == 0 || _words[i].BreakBefore || _words[i].CommaBefore) return false;
        var prev = Word(i - 1);
        if (prev.Length > 2 && prev[0] is 'و' or 'ف' && _lexicon.Prepositions.Contains(prev[1..])) return true;
        return _lexicon.Prepositions.Contains(prev) || _lexicon.SideNoun(prev) is not null;
    }

    private bool Accept(NameMatch m, HeadWord? head, bool prepositionContext)
    {
        if (InNotPlacePhrase(m)) return false;
        var needed = _lexicon.ContextNeeded(Key(m));
        var ok = needed switch
        {
            ContextLevel.None => true,
            ContextLevel.Preposition => head is not null || prepositionContext || _confirmed.Contains(Key(m)),
            _ => head is not null || (prepositionContext && _confirmed.Contains(Key(m))),
        };
        if (ok && needed != ContextLevel.None && head is not null) _confirmed.Add(Key(m));
        return ok;
    }

    /// <summary>"حماة الديار", "جنات عدن": the name with the word after or before it is a phrase that is not a place.</summary>
    private bool InNotPlacePhrase(NameMatch m)
    {
        if (m.EndWord < _words.Length && !_words[m.EndWord].BreakBefore
            && _lexicon.NotPlacePhrases.Contains(Key(m) + " " + Word(m.EndWord).ToString()))
            return true;
        return m.StartWord > 0 && m.Stem.Skip == 0 && !_words[m.StartWord].BreakBefore
            && _lexicon.NotPlacePhrases.Contains(Word(m.StartWord - 1).ToString() + " " + Key(m));
    }

    private PlaceCandidate AddMatch(int i, NameMatch m, HeadWord? head)
    {
        var start = _words[i].Start + m.Stem.Skip;
        var c = new PlaceCandidate
        {
            Start = start, End = _words[m.EndWord - 1].End, NextWord = m.EndWord,
            Matches = m.Node.Places!, MatchedKey = Key(m), Head = head,
            Countryside = head?.Countryside == true, SpanIsNotTheName = m.Stem.AddAlef,
        };
        if (AreaSideBefore(i, m.Stem) is { } area)
        {
            c = new PlaceCandidate
            {
                Start = _words[area.Word].Start, End = c.End, NextWord = c.NextWord, Matches = c.Matches,
                MatchedKey = c.MatchedKey, Head = head, Side = area.Side, Countryside = area.Countryside || c.Countryside,
                SpanIsNotTheName = true,
            };
        }
        else if (c.Countryside)
        {
            // "ريف حلب": the countryside word is part of the name; in "ريفي حلب وإدلب" only the first shows it.
            var first = _found.Count == 0 || _found[^1].Head != head || _found[^1].End <= _headStart;
            c = new PlaceCandidate
            {
                Start = first ? _headWordStart : c.Start, End = c.End, NextWord = c.NextWord, Matches = c.Matches,
                MatchedKey = c.MatchedKey, Head = head, Countryside = true, SpanIsNotTheName = !first,
            };
        }
        TakeSideAdjectives(c);
        _found.Add(c);
        return c;
    }

    private void AddSided(int i, NameMatch m, SideWord side, HeadWord? head)
    {
        var c = new PlaceCandidate
        {
            Start = _words[i].Start + (SideNounAt(i)?.Skip ?? 0), End = _words[m.EndWord - 1].End, NextWord = m.EndWord,
            Matches = m.Node.Places!, MatchedKey = Key(m), Head = head, Side = side,
            Countryside = head?.Countryside == true,
        };
        _found.Add(c);
    }

    /// <summary>"الأحياء الشرقية من حلب", "الريف الغربي لإدلب": an area noun and a side adjective before the name.</summary>
    private (int Word, SideWord Side, bool Countryside)? AreaSideBefore(int i, CliticStem stem)
    {
        var adjective = stem.HadPreposition ? i - 1 : i - 2;
        if (adjective < 1 || _words[i].BreakBefore) return null;
        if (!stem.HadPreposition)
        {
            var prep = Word(i - 1);
            if (!_lexicon.Prepositions.Contains(prep) || _words[i - 1].BreakBefore) return null;
        }
        if (_lexicon.SideAdjective(Word(adjective)) is not { } side || _words[adjective + 1].BreakBefore) return null;
        var area = Word(adjective - 1);
        if (area.Length > 2 && area[0] == 'و') area = area[1..];
        if (!_lexicon.AreaNouns.Contains(area) || _words[adjective].BreakBefore) return null;
        return (adjective - 1, side, _lexicon.Head(area[2..]) is { Countryside: true });
    }

    private void TakeSideAdjectives(PlaceCandidate c)
    {
        while (c.NextWord < _words.Length && !_words[c.NextWord].BreakBefore && !_words[c.NextWord].CommaBefore
               && _lexicon.SideAdjective(Word(c.NextWord)) is { } side)
        {
            if (c.Side is null) c.Side = side;
            else c.Side = c.Side with { Feminine = c.Side.Feminine + " " + side.Feminine, Masculine = c.Side.Masculine + " " + side.Masculine };
            c.End = _words[c.NextWord].End;
            c.NextWord++;
        }
    }

    private int WordsBetween(int from, int to, out bool breaks)
    {
        breaks = false;
        var count = 0;
        foreach (var w in _words)
        {
            if (w.Start < from) continue;
            if (w.Start >= to) { breaks |= w.BreakBefore; break; }
            breaks |= w.BreakBefore;
            count++;
        }
        return count;
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';

    private ReadOnlySpan<char> Word(int i) => _text.AsSpan(_words[i].Start, _words[i].Length);

    private string Key(NameMatch m)
    {
        Span<char> buffer = stackalloc char[_words[m.StartWord].Length + 1];
        var first = m.Stem.Text(Word(m.StartWord), buffer).ToString();
        if (m.EndWord == m.StartWord + 1) return first;
        return first + " " + string.Join(' ', Enumerable.Range(m.StartWord + 1, m.EndWord - m.StartWord - 1).Select(k => Word(k).ToString()));
    }
}
