namespace ArabicEventExtraction.Learning;

/// <summary>The BIO scheme: tag syntax, which tag may follow which, and entity chunks (conlleval rules).</summary>
public static class BioTags
{
    public const string Outside = "O";

    public static bool IsValid(string tag) =>
        tag == Outside || (tag.Length > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-');

    public static bool IsBegin(string tag) => tag.Length > 2 && tag[0] == 'B';

    public static bool IsInside(string tag) => tag.Length > 2 && tag[0] == 'I';

    /// <summary>The entity label of a B-/I- tag, or null for O.</summary>
    public static string? LabelOf(string tag) => tag == Outside ? null : tag[2..];

    /// <summary>Whether <paramref name="current"/> may follow <paramref name="previous"/> (null: sentence start).</summary>
    public static bool CanFollow(string? previous, string current) =>
        !IsInside(current) || (previous is not null && previous != Outside && LabelOf(previous) == LabelOf(current));

    /// <summary>Rewrites an I-X that cannot continue an entity as B-X: the same chunks conlleval reads.</summary>
    public static string[] Repair(IReadOnlyList<string> tags)
    {
        var result = new string[tags.Count];
        string? previous = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            result[i] = CanFollow(previous, tag) ? tag : "B-" + LabelOf(tag);
            previous = result[i];
        }
        return result;
    }

    /// <summary>The entities of a tag sequence; an I-X that cannot continue starts a new entity.</summary>
    public static List<EntityChunk> Chunks(IReadOnlyList<string> tags)
    {
        var chunks = new List<EntityChunk>();
        var start = -1;
        string? label = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : Outside;
            var continues = label is not null && IsInside(tag) && LabelOf(tag) == label;
            if (continues) continue;
            if (label is not null) chunks.Add(new EntityChunk(start, i, label));
            label = LabelOf(tag);
            start = i;
        }
        return chunks;
    }
}
