using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Numbers;

namespace ArabicEventExtraction.Figures;

/// <summary>
/// Finds figures: a number and the noun it counts ("165 طفلاً"), a dual noun ("طفلين") or a singular
/// victim noun after a trigger ("مقتل طفل"), then resolves category, group and qualifier from the
/// words around it.
/// </summary>
internal sealed class FigureFinder(FigureText t)
{
    private const int NearTrigger = 4;
    private const int FarTrigger = 15;
    private const int AfterWindow = 8;
    private const int MaxAgePhrase = 5;
    private const int MaxListParents = 6;
    private const int MaxAntecedentDistance = 20;
    private readonly FigureLexicon _lex = t.Lexicon;
    private readonly List<(FigureMention Figure, int First, int Last)> _found = [];
    private readonly Dictionary<int, bool> _rowAt = [];
    // The kind of the last "N حالة <kind>" and where it was, for a later bare "N حالة".
    private (FigureCategory Category, int Word)? _lastCase;
    private const int CaseReach = 120;

    public IReadOnlyList<FigureMention> Find()
    {
        foreach (var (number, (first, last)) in t.NumberFirstWord.OrderBy(p => p.Value.First))
            FromNumber(number, first, last);
        FromSingularNouns();
        return _found.OrderBy(f => f.Figure.Span.Start).Select(f => f.Figure).ToList();
    }

    private void FromNumber(NumberMention number, int first, int last)
    {
        if (t.WordAt(last + 1) == "%" || IsRangeEnd(first)) return;
        int nounIndex;
        VictimNoun? noun;
        if (number.Form == NumberForm.Dual)
        {
            noun = t.NounAt(first);
            nounIndex = last;
        }
        else
        {
            (noun, nounIndex) = NounAfter(last);
            if (noun is null && IsRangeStart(first) && NumberAfterRange(last) is { } end)
                (noun, nounIndex) = NounAfter(end.Last);
            if (noun is null && number.Form == NumberForm.Words && t.NounAt(first - 1) is { } before)
                (noun, nounIndex) = (before, first - 1);
        }
        if (noun is null)
        {
            FromBareNumber(number, first, last);
            return;
        }
        if (IsRate(Math.Max(nounIndex, last) + 1) || _lex.Cue(t.WordAt(Math.Max(nounIndex, last) + 1)) == "alive") return;

        var category = ResolveCategory(noun, first, Math.Max(nounIndex, last), out var triggerIndex);
        if (CasualtyPairAfter(Math.Max(nounIndex, last))) category = FigureCategory.Casualties;
        if (category is null || IsDenied(triggerIndex, first)) return;
        var group = ResolveGroup(noun, nounIndex);
        var (qualifier, spanFirst, spanLast) = ResolveQualifier(number, first, Math.Max(nounIndex, last));
        if (IsRangeStart(first) && NumberAfterRange(last) is { } rangeEnd)
        {
            Add(new FigureMention(t.Span(spanFirst, last), category.Value, group, number.Value, Qualifier.AtLeast), first, last);
            var endQualifier = Qualifier.AtMost;
            Add(new FigureMention(t.Span(rangeEnd.First, Math.Max(nounIndex, rangeEnd.Last)), category.Value, group, rangeEnd.Number.Value, endQualifier), rangeEnd.First, Math.Max(nounIndex, rangeEnd.Last));
            return;
        }
        var value = number.Form == NumberForm.Dual ? 2 : number.Value;
        Add(new FigureMention(t.Span(spanFirst, spanLast), category.Value, group, value, qualifier)
        {
            Low = number.Low,
            High = number.High,
            IsFoundState = noun.IsFound,
        }, first, Math.Max(nounIndex, last));
    }

    /// <summary>"وجرح الآلاف", "قتل 23 في غارة": a number right after a trigger with no noun of its own.</summary>
    private void FromBareNumber(NumberMention number, int first, int last)
    {
        var q = QualifierBefore(first);
        var k = (q?.Start ?? first) - 1;
        // A table row "قوات النظام السوري: 271" counts like the rows above it.
        if (t.WordAt(k) == ":" && t.IsBoundary(last + 1) | t.WordAt(last + 1) is "," or "." or "" && ListRowCategory(first) is { } rowCategory)
        {
            Add(new FigureMention(t.Span(q?.Start ?? first, last), rowCategory, FigureGroup.Total, number.Value, ResolveQualifier(number, first, last).Qualifier), first, last);
            return;
        }
        // "سجل 39 مجزرة، ارتكبت قوات النظام 24 منها": some of the figure just before it.
        if (_lex.IsPartitive(t.WordAt(last + 1)) && Antecedent(first) is { } whole && !(whole.Value is { } total && number.Value > total))
        {
            var (partQualifier, partFirst, _) = ResolveQualifier(number, first, last);
            Add(new FigureMention(t.Span(partFirst, last + 1), whole.Category, whole.Group, number.Value, partQualifier), first, last + 1);
            return;
        }
        if (t.TriggerAt(k) is not { Before: true, Category: { } category }) return;
        if (number.Form == NumberForm.Digits && number.Value is >= 1900 and <= 2100) return;
        var next = t.WordAt(last + 1);
        if (!(t.IsBoundary(last + 1) || t.Words[last + 1].IsPunctuation || next is "في" or "من" or "خلال" or "جراء" or "بسبب" or "اثر" or "علي" or "بينهم" or "منهم" or "بجروح" or "اخرين" or "اخرون"
              || next.StartsWith('و') || AfterQualifier(last + 1) is not null)) return;
        if (IsDenied(k, first)) return;
        var (qualifier, spanFirst, spanLast) = ResolveQualifier(number, first, last);
        category = PairedCategory(k, category);
        Add(new FigureMention(t.Span(Math.Min(k, spanFirst), spanLast), category, ElidedGroup(k) ?? FigureGroup.Total, number.Value, qualifier)
        {
            Low = number.Low,
            High = number.High,
        }, first, last);
    }

    /// <summary>The figure found last before word <paramref name="first"/> in the same sentence, if it is near.</summary>
    private FigureMention? Antecedent(int first)
    {
        if (_found.Count == 0) return null;
        var (figure, _, last) = _found[^1];
        if (last >= first || first - last > MaxAntecedentDistance) return null;
        for (var j = last + 1; j < first; j++)
            if (t.IsBoundary(j)) return null;
        return figure;
    }

    private (VictimNoun? Noun, int Index) NounAfter(int last)
    {
        var j = last + 1;
        for (var skipped = 0; skipped < 3 && j < t.Words.Count; skipped++)
        {
            if (t.NounAt(j) is { } noun) return (noun, j);
            // "110 من الحوثيين", "32 من القوات الموالية", "16 من الطرفين": a group word after من.
            if (skipped > 0 && t.WordAt(j - 1) == "من" && _lex.GroupModifier(t.WordAt(j)) is { } group)
                return (new VictimNoun(t.WordAt(j), group, GrammaticalNumber.Plural, null), j);
            if (t.WordAt(j) is not ("من" or "بين" or "عدد" or "\"" or "”" or "“" or "»" or "«")) break;
            j++;
        }
        return (null, -1);
    }

    private FigureCategory? ResolveCategory(VictimNoun noun, int first, int nounEnd, out int triggerIndex)
    {
        triggerIndex = -1;
        if (noun.IsCase)
        {
            if (t.TriggerAt(nounEnd + 1) is { Category: { } c })
            {
                triggerIndex = nounEnd + 1;
                _lastCase = (c, nounEnd);
                return c;
            }
            // "412 حالة اعتقال ... جاءت درعا أولا بـ 94 حالة،": bare cases are of the kind last counted
            // ("87 حالة تعذيب" names a kind of its own).
            var bare = t.IsBoundary(nounEnd + 1) || t.Words[nounEnd + 1].IsPunctuation;
            return bare && _lastCase is { } last && nounEnd - last.Word <= CaseReach ? last.Category : null;
        }
        // "وفاة ثلاثة مختطفين", "مقتل 5 معتقلين تحت التعذيب": held people who died are dead.
        if (noun.Category is FigureCategory.Detained or FigureCategory.Missing && QualifierBefore(first) is null
            && TriggerBefore(first, out var deathIndex) is FigureCategory.Killed && first - deathIndex == 1 && t.TriggerAt(deathIndex) is not null)
        {
            triggerIndex = deathIndex;
            return FigureCategory.Killed;
        }
        // "وفاة أربعة من المصابين": of the injured, four died.
        if (noun.Category is { } own && !(t.WordAt(nounEnd - 1) == "من" && NearTriggerBefore(first) is { } near && near != own))
            return PairedNounCategory(nounEnd, own);

        // "بينهم 29 مدنياً": a breakdown member counts like the figure it breaks down.
        if (IsBreakdownMember(first) && InheritedCategory(first) is { } member) return member;
        var anchor = QualifierBefore(first)?.Start ?? first;
        var before = TriggerBefore(anchor, out var beforeIndex);
        if (before is not null && anchor - beforeIndex <= NearTrigger)
        {
            triggerIndex = beforeIndex;
            return PairedCategory(beforeIndex, before.Value);
        }
        if (TriggerAfter(nounEnd, out var afterIndex) is { } after)
        {
            triggerIndex = afterIndex;
            return PairedAfterCategory(afterIndex, after);
        }
        if (InheritedCategory(first) is { } inherited) return inherited;
        if (before is not null) { triggerIndex = beforeIndex; return PairedCategory(beforeIndex, before.Value); }
        return ListRowCategory(first);
    }

    /// <summary>A row of a breakdown list ("• القوات الروسية: 462 مدنياً") counts like the list's figures before it.</summary>
    private FigureCategory? ListRowCategory(int first)
    {
        if (_found.Count == 0) return null;
        return IsRowAt(t.Span(first, first).Start) ? _found[^1].Figure.Category : null;
    }

    /// <summary>
    /// "قتل 463 مدنياً بينهم 62 طفلاً، فيما قتل 130 آخرين", "قتلت 9 من مسلحي الحوثي وأسرت اثنين
    /// آخرين": the others are of the kind of the headline count before them in the sentence (not of
    /// its breakdown members), when that kind is civilians or fighters.
    /// </summary>
    private FigureGroup? AntecedentGroup(int index)
    {
        // Distance first: the breakdown check reads words around each candidate.
        var before = _found.Where(f => f.Last < index && index - f.Last <= 2 * FarTrigger && !IsBreakdownMember(f.First)).ToList();
        if (before.Count == 0) return null;
        var previous = before.MaxBy(f => f.Last);
        for (var i = previous.Last + 1; i < index; i++)
            if (t.IsBoundary(i)) return null;
        return previous.Figure.Group is FigureGroup.Civilians or FigureGroup.Fighters
            ? previous.Figure.Group
            : null;
    }

    /// <summary>"16 آخرين، بينهم 6 مدنيين": others broken down into kinds are of no single kind.</summary>
    private bool OpensBreakdown(int nounIndex)
    {
        var next = t.WordAt(nounIndex + 1) == "," ? nounIndex + 2 : nounIndex + 1;
        return _lex.Cue(t.WordAt(next)) == "breakdown" || t.WordAt(next) == "من" && _lex.Cue(t.WordAt(next + 1)) == "breakdown";
    }

    /// <summary>"قتل فيها 298 مدنياً وجرح 650": a count with no noun of its own counts the kind just named.</summary>
    private FigureGroup? ElidedGroup(int trigger)
    {
        var before = _found.Where(f => f.Last < trigger).ToList();
        if (before.Count == 0) return null;
        var previous = before.MaxBy(f => f.Last);
        if (trigger - previous.Last > 2 || !t.WordAt(trigger).StartsWith('و')) return null;
        return previous.Figure.Group;
    }

    private bool IsBreakdownMember(int first)
    {
        var start = QualifierBefore(first)?.Start ?? first;
        return _lex.Cue(t.WordAt(start - 1)) == "breakdown" || _lex.Cue(t.WordAt(start - 2)) == "breakdown" && t.WordAt(start - 1) is "," or "من";
    }

    private FigureCategory? NearTriggerBefore(int first)
    {
        var anchor = QualifierBefore(first)?.Start ?? first;
        return TriggerBefore(anchor, out var index) is { } c && anchor - index <= NearTrigger && t.TriggerAt(index) is not null ? c : null;
    }

    /// <summary>A member of a breakdown or list ("بينهم 17 شخصاً", "و9 أطفال") counts like the figure before it.</summary>
    private FigureCategory? InheritedCategory(int first)
    {
        var before = _found.Where(f => f.Last < first).ToList();
        if (before.Count == 0) return null;
        var previous = before.MaxBy(f => f.Last);
        var cue = _lex.Cue(t.WordAt(first - 1)) ?? _lex.Cue(t.WordAt(first - 2));
        if (first - previous.Last > (cue == "breakdown" ? FarTrigger : 6)) return null;
        for (var i = previous.Last + 1; i < first; i++)
            if (t.IsBoundary(i)) return null;
        return cue == "breakdown" || t.WordAt(first).StartsWith('و') || t.WordAt(first - 1) is "و" or "," ? previous.Figure.Category : null;
    }

    private FigureCategory? TriggerBefore(int first, out int index)
    {
        index = -1;
        // Punctuation (quotes, slashes of "يناير/ كانون الثاني") does not count towards the distance.
        var words = 0;
        for (var i = first - 1; i >= 0 && words <= FarTrigger; i--)
        {
            if (t.IsBoundary(i)) return null;
            if (!t.Words[i].IsPunctuation) words++;
            if (t.TriggerAt(i) is { Before: true } trigger)
            {
                if (trigger.Category is null) return null;
                index = i;
                return trigger.Category;
            }
            if (t.NumberAt[i] is null && t.NounAt(i) is { Category: { } nounCategory, IsIncident: false, Number: GrammaticalNumber.Plural })
            {
                index = i;
                return nounCategory;
            }
        }
        return null;
    }

    private FigureCategory? TriggerAfter(int nounEnd, out int index)
    {
        index = -1;
        var counted = 0;
        for (var i = nounEnd + 1; counted <= AfterWindow && i < t.Words.Count; i++)
        {
            if (t.IsBoundary(i) || _lex.IsClauseOpener(t.WordAt(i))) return null;
            if (t.Words[i].IsPunctuation || IsQualifierWord(t.WordAt(i)) || t.WordAt(i) is "علي" or "الاقل") continue;
            // "42 مدنياً، بينهم 19 طفلاً و12 امرأة، قتلوا": step over the breakdown to its closing comma.
            if (_lex.Cue(t.WordAt(i)) == "breakdown")
            {
                var close = i + 1;
                while (close < t.Words.Count && close - i <= 12 && !t.Words[close].IsComma && !t.IsBoundary(close)) close++;
                if (close < t.Words.Count && t.Words[close].IsComma) { i = close; continue; }
                return null;
            }
            counted++;
            // "ثلاثة موظفين وأربعة حراس قتلوا": a conjoined count shares the trigger; any other number ends the search.
            if (t.NumberAt[i] is not null)
            {
                if (t.WordAt(i).StartsWith('و') || t.WordAt(i - 1) == "و") continue;
                return null;
            }
            if (t.TriggerAt(i) is { After: true } trigger)
            {
                // "... وجرح 525 آخرون": a trigger followed by a number belongs to that number.
                if (FollowedByNumber(i)) return null;
                if (trigger.Category is null) return null;
                index = i;
                return trigger.Category;
            }
            // "في عداد المفقودين", "بين القتلى"
            if (t.NounAt(i) is { Category: { } nounCategory, IsIncident: false })
            {
                index = i;
                return nounCategory;
            }
        }
        return null;
    }

    private bool FollowedByNumber(int i)
    {
        for (var k = i + 1; k <= i + 4 && k < t.Words.Count; k++)
        {
            if (t.NumberAt[k] is not null) return true;
            if (t.IsBoundary(k) || !IsQualifierWord(t.WordAt(k))) return false;
        }
        return false;
    }

    private bool IsQualifierWord(string word) => _lex.Qualifiers.Any(q => q.Before && q.Words.Contains(word));

    /// <summary>"مقتل وإصابة 3": two triggers of different casualty categories make one casualties figure.</summary>
    private FigureCategory PairedCategory(int triggerIndex, FigureCategory category)
    {
        var joined = t.WordAt(triggerIndex).StartsWith('و') || t.WordAt(triggerIndex - 1) is "و" or "او";
        var previous = t.WordAt(triggerIndex - 1) is "و" or "او" ? triggerIndex - 2 : triggerIndex - 1;
        if (joined && t.TriggerAt(previous) is { Before: true, Category: { } other } && IsPairable(other, category) && other != category)
            return FigureCategory.Casualties;
        return category;
    }

    /// <summary>"قتلوا أو فقدوا".</summary>
    private FigureCategory PairedAfterCategory(int triggerIndex, FigureCategory category)
    {
        var nextIndex = t.WordAt(triggerIndex + 1) is "او" or "و" ? triggerIndex + 2 : triggerIndex + 1;
        // "قتلوا أو فقدوا" pairs; "قتلوا وأصيب 56 آخرون" starts the next figure.
        if (t.TriggerAt(nextIndex) is { Category: { } other } && IsPairable(other, category) && other != category && !FollowedByNumber(nextIndex))
            return FigureCategory.Casualties;
        return category;
    }

    /// <summary>"قتيل وجريح", "قتلى وجرحى", "قتيل ومفقود".</summary>
    private FigureCategory PairedNounCategory(int nounEnd, FigureCategory category)
    {
        var next = t.WordAt(nounEnd + 1) == "او" ? t.WordAt(nounEnd + 2) : t.WordAt(nounEnd + 1);
        // "قتيل وجريح", "القتلى والجرحى" pair; "33 قتيلا والجرحى بين..." starts a new clause.
        if (HasArticle(next) == HasArticle(t.WordAt(nounEnd)) && _lex.Noun(next) is { Category: { } other } && IsPairable(other, category) && other != category)
            return FigureCategory.Casualties;
        return category;
    }

    /// <summary>"140 مدنيا بين قتيل وجريح": the pair after the counted noun says the count holds both.</summary>
    private bool CasualtyPairAfter(int nounEnd) =>
        t.WordAt(nounEnd + 1) == "بين" && t.NounAt(nounEnd + 2) is { Category: { } first }
        && PairedNounCategory(nounEnd + 2, first) == FigureCategory.Casualties;

    private static bool IsPairable(FigureCategory a, FigureCategory b) =>
        a is FigureCategory.Killed or FigureCategory.Injured or FigureCategory.Missing
        && b is FigureCategory.Killed or FigureCategory.Injured or FigureCategory.Missing;

    /// <summary>"قتيلاً مدنياً", "شخصاً من المدنيين", "رجال الأمن", "قتلى في صفوف الجيش": a generic noun's group from the words after it.</summary>
    private FigureGroup ResolveGroup(VictimNoun noun, int nounIndex)
    {
        if (noun.IsOther) return OpensBreakdown(nounIndex) ? noun.Group : AntecedentGroup(nounIndex) ?? noun.Group;
        if (!noun.IsGeneric) return noun.Group;
        for (var j = nounIndex + 1; j <= nounIndex + 6 && j < t.Words.Count; j++)
        {
            var word = t.WordAt(j);
            if (t.Words[j].IsPunctuation || t.NumberAt[j] is not null || t.TriggerAt(j) is { Before: true }) break;
            if (_lex.GroupModifier(word) is { } modifier) return modifier;
            var other = t.NounAt(j);
            if (other is { IsIncident: true }) break;
            // "قتيلاً مدنياً" describes; "رجل وزوجته" adds another person.
            if (other is { IsGeneric: false, Category: null } adjective && !word.StartsWith('و')) return adjective.Group;
            if (other is { Category: not null }) continue;
            if (!_lex.IsGroupConnector(word)) break;
        }
        return ListParentGroup(nounIndex) ?? noun.Group;
    }

    /// <summary>
    /// "وثق مقتل 3127 مدنيا ... على النحو الآتي: • جماعة الحوثي: 1684 قتيلا": a row of a breakdown list
    /// counting with a generic noun counts people of the kind the list breaks down.
    /// </summary>
    private FigureGroup? ListParentGroup(int nounIndex)
    {
        if (!IsRowAt(t.Span(nounIndex, nounIndex).Start)) return null;
        // The list breaks down the headline count just before it: past its breakdown members
        // ("بينهم 829 طفلا") and generic companions ("وإصابة 4981 آخرين"), not further.
        var looked = 0;
        for (var k = _found.Count - 1; k >= 0 && looked < MaxListParents; k--)
        {
            var parent = _found[k].Figure;
            if (IsRowAt(parent.Span.Start)) continue;
            if (parent.Group is FigureGroup.Civilians or FigureGroup.Fighters) return parent.Group;
            looked++;
        }
        return null;
    }

    /// <summary>True when original offset <paramref name="offset"/> lies on a list or table row; remembered per offset, as every row asks about the rows above it.</summary>
    private bool IsRowAt(int offset)
    {
        if (_rowAt.TryGetValue(offset, out var known)) return known;
        var text = t.Normalized.Original;
        return _rowAt[offset] = ListLines.IsListLine(text, offset) || ListLines.FollowsListHeader(text, offset);
    }

    private (Qualifier Qualifier, int SpanFirst, int SpanLast) ResolveQualifier(NumberMention number, int first, int last)
    {
        if (number.IsVague) return (Qualifier.Vague, first, last);
        if (QualifierBefore(first) is { } before) return (before.Qualifier, before.Start, last);
        if (AfterQualifier(last + 1) is { } after) return (after.Qualifier, first, after.End);
        return (Qualifier.Exact, first, last);
    }

    private (Qualifier Qualifier, int Start)? QualifierBefore(int first)
    {
        foreach (var phrase in _lex.Qualifiers)
        {
            if (!phrase.Before) continue;
            var start = first - phrase.Words.Length;
            if (start < 0) continue;
            var match = true;
            for (var k = 0; k < phrase.Words.Length && match; k++)
            {
                var word = t.WordAt(start + k);
                match = word == phrase.Words[k] || (k == 0 && word.Length > 1 && word[0] is 'و' or 'ف' or 'ل' or 'ب' && word[1..] == phrase.Words[k]);
            }
            if (match) return (phrase.Qualifier, start);
        }
        return null;
    }

    private (Qualifier Qualifier, int End)? AfterQualifier(int from)
    {
        foreach (var phrase in _lex.Qualifiers)
        {
            if (phrase.Before) continue;
            for (var offset = 0; offset <= 1; offset++)
            {
                var start = from + offset;
                var match = start + phrase.Words.Length <= t.Words.Count;
                for (var k = 0; k < phrase.Words.Length && match; k++)
                    match = t.WordAt(start + k) == phrase.Words[k];
                if (match) return (phrase.Qualifier, start + phrase.Words.Length - 1);
            }
        }
        return null;
    }

    private bool IsRate(int after) =>
        _lex.Cue(t.WordAt(after)) == "rate" || _lex.Cue(t.WordAt(after) + " " + t.WordAt(after + 1)) == "rate";

    private bool IsDenied(int triggerIndex, int first)
    {
        var from = Math.Min(triggerIndex < 0 ? first : triggerIndex, first);
        for (var i = from - 1; i >= from - 3 && i >= 0; i--)
        {
            if (t.IsBoundary(i)) break;
            if (_lex.Cue(t.WordAt(i)) == "hypothetical") return true;
            // "قد يرتفع" is a possibility, "قد قتلوا" a fact.
            if (t.WordAt(i) == "قد" && t.WordAt(i + 1) is { Length: > 2 } verb && verb[0] is 'ي' or 'ت' or 'س') return true;
            if (i == from - 1 && _lex.Cue(t.WordAt(i)) == "negation") return true;
        }
        return false;
    }

    private bool IsRangeStart(int first) => t.WordAt(first - 1) is "بين" or "من";

    private (NumberMention Number, int First, int Last)? NumberAfterRange(int last)
    {
        var i = last + 1;
        if (t.WordAt(i) is "و" or "الي" or "حتي") i++;
        if (i < t.Words.Count && t.NumberAt[i] is { } n && t.NumberFirstWord.TryGetValue(n, out var pos) && pos.First == i
            && (i > last + 1 || t.WordAt(i).StartsWith('و')))
            return (n, pos.First, pos.Last);
        return null;
    }

    /// <summary>The second number of "بين 22 و33 قتيلاً" is emitted with the first.</summary>
    private bool IsRangeEnd(int first)
    {
        foreach (var (f, _, last) in _found)
            if (last >= first - 2 && last < first && f.Qualifier == Qualifier.AtLeast && IsRangeStart(t.NumberFirstWord.Values.FirstOrDefault(p => p.Last == last).First))
                return true;
        return false;
    }

    private void FromSingularNouns()
    {
        var used = new bool[t.Words.Count];
        foreach (var (_, first, last) in _found)
            for (var i = first; i <= last; i++) used[i] = true;
        for (var i = 1; i < t.Words.Count; i++)
        {
            if (used[i] || t.NumberAt[i] is not null) continue;
            var word = t.WordAt(i);
            if (t.NounAt(i) is not { IsIncident: false, IsCase: false, IsOther: false } noun || noun.Number == GrammaticalNumber.Plural) continue;
            if (noun.Category is not null && noun.Number == GrammaticalNumber.Singular) continue;
            if (HasArticle(word) && !_lex.IsNounForm(word)) continue;
            // "طفل واحد" is read from its number word; "امرأة وطفلين", "ضابط وأربعة جنود" are two figures.
            if (i + 1 < t.Words.Count && t.NumberAt[i + 1] is { Form: not NumberForm.Dual } && !t.WordAt(i + 1).StartsWith('و')) continue;
            var value = noun.Number == GrammaticalNumber.Dual ? 2 : 1;
            FigureCategory? category = null;
            var trigger = -1;
            // "مقتل طفل", "قتل فيه ضابط"
            var before = t.WordAt(i - 1) is "فيه" or "فيها" ? i - 2 : i - 1;
            if (t.TriggerAt(before) is { Before: true, Category: { } c })
            {
                trigger = before;
                category = PairedCategory(before, c);
            }
            // "وقال الجيش إن جندياً أصيب بجروح": a singular subject right before its verb.
            else if (noun.Number == GrammaticalNumber.Singular && t.NumberAt[i - 1] is null && t.TriggerAt(i + 1) is { After: true, Category: { } next } && !FollowedByNumber(i + 1))
            {
                category = next;
            }
            // "فتى في الرابعة عشرة من عمره لقي حتفه": the same, past an age phrase.
            else if (noun.Number == GrammaticalNumber.Singular && t.NumberAt[i - 1] is null && AfterAge(i) is { } verb
                     && t.TriggerAt(verb) is { After: true, Category: { } aged } && !FollowedByNumber(verb))
            {
                category = aged;
            }
            else if (noun.Category is { } own && noun.Number == GrammaticalNumber.Dual)
                category = own;
            else if (_lex.Cue(t.WordAt(i - 1)) == "breakdown" || word.StartsWith('و'))
                category = InheritedCategory(i);
            // "طبيبين وممرضاً قتلوا": a dual subject before its verb.
            if (category is null && noun.Number == GrammaticalNumber.Dual && TriggerAfter(i, out _) is { } afterCategory)
                category = afterCategory;
            if (category is null || IsDenied(trigger, i)) continue;
            Add(new FigureMention(t.Span(trigger >= 0 ? trigger : i, i), category.Value, ResolveGroup(noun, i), value, Qualifier.Exact), i, i);
        }
    }

    /// <summary>The word after an age phrase that follows the noun at <paramref name="i"/> ("في العاشرة من عمره", "(14 عاما)"), if one does.</summary>
    private int? AfterAge(int i)
    {
        for (var k = i + 1; k <= i + MaxAgePhrase && k < t.Words.Count; k++)
            if (_lex.Cue(t.WordAt(k)) == "age") return k + 1 < t.Words.Count && t.WordAt(k + 1) == ")" ? k + 2 : k + 1;
        return null;
    }

    private static bool HasArticle(string word)
    {
        foreach (var stem in FigureLexicon.Stems(word))
            if (stem.StartsWith("ال", StringComparison.Ordinal) && stem.Length > 3) return true;
        return word.StartsWith("لل", StringComparison.Ordinal) || word.StartsWith("ال", StringComparison.Ordinal);
    }

    private void Add(FigureMention figure, int first, int last) => _found.Add((figure, first, last));
}
