using System.Text;
using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Cli.Input;

/// <summary>
/// Turns command-line inputs (docs .jsonl files, .txt files, folders of them, or "-" for standard
/// input) into documents, reporting each unreadable file or line instead of stopping.
/// </summary>
public sealed class InputReader(DateOnly? dctOverride)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public IEnumerable<ReadResult> Read(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            foreach (var result in ReadOne(input))
                yield return dctOverride is { } dct && result.Document is { } d ? result with { Document = d with { Dct = dct } } : result;
        }
    }

    private IEnumerable<ReadResult> ReadOne(string input)
    {
        if (input == "-")
        {
            var text = Console.In.ReadToEnd();
            foreach (var r in FromText(text, "<stdin>", "stdin")) yield return r;
            yield break;
        }
        if (Directory.Exists(input))
        {
            var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                .Where(f => IsSupported(f))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
                foreach (var r in ReadFile(file)) yield return r;
            yield break;
        }
        if (!File.Exists(input))
        {
            yield return ReadResult.Fail("no such file or folder", input);
            yield break;
        }
        foreach (var r in ReadFile(input)) yield return r;
    }

    private static bool IsSupported(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".jsonl";

    private static IEnumerable<ReadResult> ReadFile(string path)
    {
        string text;
        string? error = null;
        try
        {
            var bytes = File.ReadAllBytes(path);
            error = Validate(bytes);
            text = error is null ? StrictUtf8.GetString(bytes).TrimStart('\uFEFF') : "";
        }
        catch (DecoderFallbackException)
        {
            error = "not valid UTF-8 text";
            text = "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot be read ({e.Message})";
            text = "";
        }
        if (error is not null)
        {
            yield return ReadResult.Fail(error, path);
            yield break;
        }
        foreach (var r in FromText(text, path, Path.GetFileNameWithoutExtension(path))) yield return r;
    }

    private static IEnumerable<ReadResult> FromText(string text, string origin, string id)
    {
        if (origin.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || LooksLikeJsonl(text))
        {
            using var reader = new StringReader(text);
            var any = false;
            foreach (var r in DocumentJsonlReader.Read(reader, origin)) { any = true; yield return r; }
            if (!any) yield return ReadResult.Fail("empty file: no documents", origin);
            yield break;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return ReadResult.Fail("empty file: no text", origin);
            yield break;
        }
        yield return ReadResult.Ok(new Document(id, text), origin);
    }

    private static bool LooksLikeJsonl(string text) => text.TrimStart().StartsWith("{\"", StringComparison.Ordinal);

    private static string? Validate(byte[] bytes)
    {
        if (bytes.Length == 0) return "empty file";
        var probe = Math.Min(bytes.Length, 8192);
        for (var i = 0; i < probe; i++)
            if (bytes[i] == 0) return "binary file (contains NUL bytes), not text";
        return null;
    }
}
