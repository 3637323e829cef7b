using ArabicEventExtraction.Resources;

namespace ArabicEventExtraction.Places;

/// <summary>
/// The places the recognizer knows: the embedded gazetteer, optionally extended with user files.
/// Immutable; <see cref="With(string)"/> returns a new gazetteer where rows of the added file
/// replace rows with the same id and add the others.
/// </summary>
public sealed class Gazetteer
{
    public const string DefaultResource = "Places/gazetteer.tsv";

    private static readonly Lazy<Gazetteer> DefaultInstance =
        new(() => new Gazetteer(GazetteerTsv.Read(ResourceFile.ReadLines(DefaultResource), DefaultResource)));

    private readonly Dictionary<string, GazetteerEntry> _byId;
    private readonly Dictionary<string, IReadOnlyList<string>> _broader = new(StringComparer.Ordinal);

    public Gazetteer(IEnumerable<GazetteerEntry> entries)
    {
        _byId = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var order = new List<GazetteerEntry>();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (position.TryGetValue(e.Id, out var at)) order[at] = e;
            else
            {
                position[e.Id] = order.Count;
                order.Add(e);
            }
            _byId[e.Id] = e;
        }
        Entries = order;
        foreach (var e in order) _broader[e.Id] = ComputeBroader(e);
    }

    /// <summary>The embedded gazetteer, read once.</summary>
    public static Gazetteer LoadDefault() => DefaultInstance.Value;

    /// <summary>Reads a gazetteer file in our TSV format.</summary>
    public static Gazetteer Load(string path) =>
        new(GazetteerTsv.Read(File.ReadLines(path), path).ToList());

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    public int Count => Entries.Count;

    public GazetteerEntry? this[string id] => _byId.GetValueOrDefault(id);

    public Gazetteer With(string path) => With(GazetteerTsv.Read(File.ReadLines(path), path).ToList());

    public Gazetteer With(IEnumerable<GazetteerEntry> extra) => new(Entries.Concat(extra));

    /// <summary>Names of the enclosing places, most specific first, without repeating the place's own name.</summary>
    public IReadOnlyList<string> Broader(GazetteerEntry entry) =>
        _broader.TryGetValue(entry.Id, out var b) && ReferenceEquals(_byId[entry.Id], entry) ? b : ComputeBroader(entry);

    /// <summary>True when <paramref name="ancestor"/> encloses <paramref name="entry"/> (directly or not).</summary>
    public bool Encloses(GazetteerEntry ancestor, GazetteerEntry entry)
    {
        var seen = 0;
        for (var p = Parent(entry); p is not null && seen++ < 32; p = Parent(p))
            if (p.Id == ancestor.Id) return true;
        return false;
    }

    public GazetteerEntry? Parent(GazetteerEntry entry) =>
        entry.ParentId is { } id && id != entry.Id ? _byId.GetValueOrDefault(id) : null;

    /// <summary>The first-level division enclosing the entry (its admin1 column, else the nearest governorate above it).</summary>
    public string? Admin1Of(GazetteerEntry entry)
    {
        if (entry.Admin1 is not null) return entry.Admin1;
        var seen = 0;
        for (var e = entry; e is not null && seen++ < 32; e = Parent(e))
            if (e.Kind == PlaceKind.Governorate) return e.Name;
        return null;
    }

    private IReadOnlyList<string> ComputeBroader(GazetteerEntry entry)
    {
        var names = new List<string>();
        var seen = 0;
        for (var p = Parent(entry); p is not null && seen++ < 32; p = Parent(p))
            if (p.Name != entry.Name && !names.Contains(p.Name)) names.Add(p.Name);
        return names;
    }
}
