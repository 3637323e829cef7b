using System.Globalization;
using System.Text;
using ArabicEventExtraction.Actors;
using ArabicEventExtraction.Dates;
using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Events;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Places;
using ArabicEventExtraction.Search.Indexing;
using ArabicEventExtraction.Serialization;

namespace ArabicEventExtraction.Search.Benchmarks.Corpus;

/// <summary>
/// Generates reports of about <see cref="TargetBytes"/> UTF-8 bytes from our own sentences, varying
/// numbers, places, actors and dates, each with the event its first sentence reports (so date,
/// place and facet queries have something to find). Deterministic for a seed.
/// </summary>
public sealed class SyntheticReports(CorpusData data, int seed = 42)
{
    public const int TargetBytes = 3000;
    private static readonly DateOnly First = new(2012, 1, 1);
    private const int Days = 8 * 365;
    private static readonly string[] Sources = ["المرصد السوري لحقوق الإنسان", "الشبكة السورية لحقوق الإنسان", "الدفاع المدني", "مراسلنا", "ناشطون محليون", "مصدر طبي"];

    public IEnumerable<IndexItem> Generate(int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++) yield return One(random, i);
    }

    public static DateOnly FirstDay => First;

    public static DateOnly LastDay => First.AddDays(Days - 1);

    private IndexItem One(Random random, int index)
    {
        var id = "bench" + index.ToString("D6", CultureInfo.InvariantCulture);
        var dct = First.AddDays(random.Next(Days));
        var eventDay = dct.AddDays(-random.Next(2));
        var place = data.Places[random.Next(data.Places.Count)];
        var actor = data.Actors[random.Next(data.Actors.Count)];
        var attack = data.Attacks[random.Next(data.Attacks.Count)];
        var victim = data.Victims[random.Next(data.Victims.Count)];
        var killed = 1 + (int)Math.Floor(Math.Exp(random.NextDouble() * 5.3)); // 2 .. ~200, mostly small
        var injured = random.Next(0, 3 * killed + 5);
        var source = Sources[random.Next(Sources.Length)];

        var sb = new StringBuilder(TargetBytes);
        var dateText = $"{eventDay.Day} {data.Months[eventDay.Month - 1]} {eventDay.Year}";
        sb.Append("نفذ ").Append(actor.Name).Append(' ').Append(attack.Phrase).Append(" على ").Append(place.Name).Append(" يوم ").Append(dateText).Append("، ما أدى إلى مقتل ");
        var figureStart = sb.Length;
        sb.Append(killed.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(victim.Noun);
        var figureEnd = sb.Length;
        sb.Append(" وإصابة ");
        var injuredStart = sb.Length;
        sb.Append(injured.ToString(CultureInfo.InvariantCulture)).Append(" آخرين");
        var injuredEnd = sb.Length;
        sb.Append(" بجروح متفاوتة، بحسب ").Append(source).Append('.');
        var evidenceEnd = sb.Length;
        var bytes = Encoding.UTF8.GetByteCount(sb.ToString());
        while (bytes < TargetBytes)
        {
            var sentence = Fill(data.Sentences[random.Next(data.Sentences.Count)], random, place, actor.Name, source);
            sb.Append(' ').Append(sentence);
            bytes += 1 + Encoding.UTF8.GetByteCount(sentence);
        }
        var text = sb.ToString();
        var doc = new Document(id, text, dct) { Source = "bench" };
        var placeStart = text.IndexOf(place.Name, StringComparison.Ordinal);
        var actorStart = text.IndexOf(actor.Name, StringComparison.Ordinal);
        Names.TryParse<EventType>(attack.Type, out var type);
        Names.TryParse<FigureGroup>(victim.Group, out var group);
        var ev = new ExtractedEvent(id, id + "#1", EventKind.Incident, type, new TextSpan(0, evidenceEnd))
        {
            Date = DateRange.Single(PartialDate.Of(eventDay)),
            Places = [new PlaceMention(new TextSpan(placeStart, placeStart + place.Name.Length), place.Name, PlaceKind.Unknown)
            {
                Admin1 = place.Admin1, Country = "SY", Lat = place.Lat, Lon = place.Lon, InGazetteer = true,
                Broader = place.Name == place.Admin1 ? [] : [place.Admin1],
            }],
            Actors = [new ActorMention(new TextSpan(actorStart, actorStart + actor.Name.Length), actor.Code, actor.Name, ActorRole.Perpetrator)],
            Figures =
            [
                new FigureMention(new TextSpan(figureStart, figureEnd), FigureCategory.Killed, group, killed, Qualifier.Exact),
                new FigureMention(new TextSpan(injuredStart, injuredEnd), FigureCategory.Injured, FigureGroup.Total, injured, Qualifier.Exact),
            ],
            Source = source,
        };
        return IndexItem.FromExtraction(doc, [ev]);
    }

    private string Fill(string template, Random random, (string Name, string Admin1, double Lat, double Lon) place, string actor, string source) =>
        template
            .Replace("{place}", random.Next(3) == 0 ? data.Places[random.Next(data.Places.Count)].Name : place.Name)
            .Replace("{admin1}", place.Admin1)
            .Replace("{actor}", actor)
            .Replace("{source}", source)
            .Replace("{month}", data.Months[random.Next(12)])
            .Replace("{year}", (2011 + random.Next(9)).ToString(CultureInfo.InvariantCulture))
            .Replace("{n2}", random.Next(2, 400).ToString(CultureInfo.InvariantCulture))
            .Replace("{n}", random.Next(2, 60).ToString(CultureInfo.InvariantCulture));
}
