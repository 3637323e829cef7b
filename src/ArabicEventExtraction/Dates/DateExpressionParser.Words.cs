namespace ArabicEventExtraction.Dates;

/// <summary>Decades, "قبل الماضي", and "غدا" as a verb.</summary>
public sealed partial class DateExpressionParser
{
    // "التسعينيات", "تسعينيات القرن الماضي", "الثمانينات من القرن العشرين"
    private ParsedReference? ParseDecade(int i)
    {
        if (_lex.Decades.Match(_t, i) is not { } m) return null;
        var definite = _t[i].Text.AsSpan(m.PrefixLength).StartsWith("ال", StringComparison.Ordinal);
        var year = m.Value;
        var k = m.Next;
        var j = _lex.Cue(_t, k, CueRole.From) == 0 ? k + 1 : k;
        if (j < _t.Count && !_t[j].StartsLine && _lex.Is(_t[j].Text, CueRole.NotDecadeAfter)) return null;
        var century = false;
        if (j + 1 < _t.Count && _lex.Cue(_t, j, CueRole.Century) == 0 && !_t[j].StartsLine && !_t[j + 1].StartsLine)
        {
            if (_lex.Is(_t[j + 1].Text, CueRole.Twentieth)) century = true;
            else if (_lex.Relations.Match(_t, j + 1, allowClitics: false) is { Value: TemporalRelation.Past or TemporalRelation.Current } rel)
            {
                century = true;
                if (rel.Value == TemporalRelation.Current) year += 100;
            }
            if (century) k = j + 2;
        }
        if (!definite && !century) return null;
        return new ParsedReference(new DateReference(DateReferenceKind.Decade) { Year = year }, _t[i].Start + m.PrefixLength, k);
    }

    /// <summary>"قبل الماضي", "ما قبل الماضية" at <paramref name="k"/>: the token after it, else null.</summary>
    private int? BeforeLast(int k)
    {
        if (k < _t.Count && _t[k].IsWord && _lex.Is(_t[k].Text, CueRole.Filler)) k++;
        if (k + 1 >= _t.Count || !_t[k].IsWord || !_lex.Is(_t[k].Text, CueRole.Ago) || _t[k + 1].StartsLine) return null;
        return _lex.Relations.Match(_t, k + 1, allowClitics: false) is { Value: TemporalRelation.Past } past ? past.Next : null;
    }

    // "غدا المخيم ساحة حرب", "الذي غدا رمزا": the verb "became". "تنطلق غدا المحادثات" is still tomorrow.
    private bool IsBecameVerb(int i, int prefixLength)
    {
        if (i > 0 && !_t[i].StartsLine && _t[i - 1].IsWord && _lex.Is(_t[i - 1].Text, CueRole.BecameBefore)) return true;
        var opensClause = prefixLength > 0 || i == 0 || _t[i].StartsLine || _t[i - 1].Kind == DateTokenKind.Punctuation;
        if (!opensClause || i + 1 >= _t.Count || _t[i + 1].StartsLine || !_t[i + 1].IsWord) return false;
        var next = _t[i + 1];
        return next.Text.Length > 3 && next.Text.StartsWith("ال", StringComparison.Ordinal) && !_lex.CanStartExpression(next);
    }
}
