using System.Text;

namespace ArabicEventExtraction.Cli.Input;

/// <summary>How inputs are read: a DCT for every document, a forced encoding, the size limits.</summary>
public sealed record InputOptions
{
    public DateOnly? DctOverride { get; init; }

    /// <summary>Null: detect (byte order mark, UTF-8, UTF-16, Windows-1256, ISO-8859-6).</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// A document longer than this is processed as consecutive parts (ids "ID:partN"): the pipeline's
    /// cost per character grows with document length, and a part bounds the memory of one document.
    /// </summary>
    public int MaxDocumentChars { get; init; } = 200_000;

    /// <summary>A .txt, .html or .pdf larger than this is refused (a docs.jsonl is streamed instead).</summary>
    public long MaxFileBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>A docs.jsonl line longer than this is skipped without being held in memory.</summary>
    public int MaxLineChars { get; init; } = 48 * 1024 * 1024;
}
