using System.Text;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Places;

/// <summary>
/// Finds place mentions in a normalized text and resolves them against a gazetteer: names with
/// or without head words ("حي الكلاسة", "بحلب"), sides ("شرقي حلب" → "حلب الشرقية"),
/// countrysides ("ريف حلب الشمالي"), coordinated lists ("حيي الفردوس والكلاسة"), and names the
/// gazetteer does not know when a head word introduces them.
/// </summary>
public sealed class PlaceRecognizer
{
    private static readonly Lazy<PlaceRecognizer> DefaultInstance = new(() => new PlaceRecognizer(Gazetteer.LoadDefault()));

    private readonly Gazetteer _gazetteer;
    private readonly PlaceNameIndex _index;
    private readonly PlaceResolver _resolver;

    public PlaceRecognizer(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _index = new PlaceNameIndex(gazetteer);
        _resolver = new PlaceResolver(gazetteer);
    }

    /// <summary>The recognizer over the embedded gazetteer, built once on first use.</summary>
    public static PlaceRecognizer Default => DefaultInstance.Value;

    public Gazetteer Gazetteer => _gazetteer;

    public IReadOnlyList<PlaceMention> Find(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new PlaceFinder(_index, PlaceLexicon.Default, text.Text).Find();
        _resolver.Resolve(candidates);
        var mentions = new List<PlaceMention>(candidates.Count);
        foreach (var c in candidates) mentions.Add(ToMention(c, text));
        return mentions;
    }

    private PlaceMention ToMention(PlaceCandidate c, NormalizedText text)
    {
        var span = text.ToOriginal(c.Start, c.End);
        var written = AsWritten(text.Original, span.Start, span.End);
        if (c.Entry is not { } e)
        {
            var within = c.Within?.Entry;
            return new PlaceMention(span, written, c.Head?.Kind ?? PlaceKind.Unknown)
            {
                Written = written,
                Broader = within is null ? [] : [WithSide(within, c.Within!), .. Enclosing(within, c.Within!)],
                Admin1 = within is null ? null : _gazetteer.Admin1Of(within),
                Country = within?.Country,
            };
        }
        var name = WithSide(e, c);
        return new PlaceMention(span, name, c.Countryside ? PlaceKind.Region : e.Kind)
        {
            Written = c.SpanIsNotTheName ? name : written,
            Admin1 = _gazetteer.Admin1Of(e),
            Country = e.Country,
            Lat = e.Lat,
            Lon = e.Lon,
            Broader = Enclosing(e, c),
            InGazetteer = true,
        };
    }

    /// <summary>The place's name with its countryside and side: "حلب", "ريف حلب الشمالي", "حلب الشرقية", "جنوب لبنان".</summary>
    private static string WithSide(GazetteerEntry e, PlaceCandidate c)
    {
        var name = c.Countryside ? PlaceLexicon.Default.CountrysideWord + " " + e.Name : e.Name;
        if (c.Side is not { } side) return name;
        if (c.Countryside || IsCountrysideName(e.Name)) return name + " " + side.Masculine;
        return e.Kind is PlaceKind.Country or PlaceKind.Governorate or PlaceKind.Region or PlaceKind.District || side.Noun.Contains(' ')
            ? side.Noun + " " + name
            : name + " " + side.Feminine;
    }

    private static bool IsCountrysideName(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && PlaceLexicon.Default.Head(ArabicNormalizer.Fold(name[..space])) is { Countryside: true };
    }

    private IReadOnlyList<string> Enclosing(GazetteerEntry e, PlaceCandidate c)
    {
        var broader = _gazetteer.Broader(e);
        if (c.Side is null && !c.Countryside) return broader;
        var list = new List<string>(broader.Count + 2);
        if (c.Side is not null && c.Countryside) list.Add(PlaceLexicon.Default.CountrysideWord + " " + e.Name);
        list.Add(e.Name);
        list.AddRange(broader.Where(b => !list.Contains(b)));
        return list;
    }

    /// <summary>The original text of a span without diacritics or tatweel.</summary>
    private static string AsWritten(string original, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var ch = original[i];
            if (ch is >= '\u064B' and <= '\u065F' or '\u0640' or '\u0670') continue;
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
