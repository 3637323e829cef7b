using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Readers.Encodings;
using ArabicEventExtraction.Readers.Html;
using ArabicEventExtraction.Readers.Pdf;

namespace ArabicEventExtraction.Cli.Input;

/// <summary>Reads one file by its extension: .jsonl streamed, .txt and .html decoded whole, .pdf through pdftotext.</summary>
public sealed class FileDocumentReader(InputOptions options)
{
    private readonly PdfTextExtractor _pdf = new();

    public IEnumerable<ReadResult> Read(string path)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jsonl" => ReadJsonl(path),
            ".html" or ".htm" => ReadHtml(path, id),
            ".pdf" => ReadPdf(path, id),
            _ => ReadText(path, id),
        };
    }

    private IEnumerable<ReadResult> ReadJsonl(string path)
    {
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail($"cannot be read ({e.Message})", path)];
        }
        return ReadJsonlStream(stream, path);
    }

    private IEnumerable<ReadResult> ReadJsonlStream(FileStream stream, string path)
    {
        using (stream)
        {
            if (stream.Length == 0)
            {
                yield return ReadResult.Fail("empty file", path);
                yield break;
            }
            using var reader = new StreamReader(stream, options.Encoding ?? TextEncodings.Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            foreach (var r in JsonlDocumentStream.Read(reader, path, options.MaxLineChars)) yield return r;
        }
    }

    private IEnumerable<ReadResult> ReadText(string path, string id)
    {
        var (bytes, error) = ReadBytes(path);
        if (error is not null) return [ReadResult.Fail(error, path)];
        var decoded = TextDecoder.Decode(bytes, options.Encoding);
        if (decoded.Text is not { } text) return [ReadResult.Fail(decoded.Error!, path)];
        var firstLine = text.AsSpan(0, Math.Min(text.Length, 200)).ToString();
        if (JsonlDocumentStream.LooksLikeJsonl(firstLine))
            return JsonlDocumentStream.Read(new StringReader(text), path, options.MaxLineChars);
        if (string.IsNullOrWhiteSpace(text)) return [ReadResult.Fail("no text (only white space)", path)];
        return [ReadResult.Ok(new Document(id, text), path)];
    }

    private IEnumerable<ReadResult> ReadHtml(string path, string id)
    {
        var (bytes, error) = ReadBytes(path);
        if (error is not null) return [ReadResult.Fail(error, path)];
        var decoded = options.Encoding is null && HtmlCharset.Declared(bytes) is { } declared && TextDecoder.BomEncoding(bytes) is null
            ? TextDecoder.Decode(bytes, declared) is { Text: not null } ok ? ok : TextDecoder.Decode(bytes)
            : TextDecoder.Decode(bytes, options.Encoding);
        if (decoded.Text is not { } html) return [ReadResult.Fail(decoded.Error!, path)];
        var article = HtmlArticleExtractor.Extract(html);
        if (article.Text.Length == 0) return [ReadResult.Fail("no article text found in the page", path)];
        return [ReadResult.Ok(new Document(id, article.Text, article.Published)
        {
            Title = article.Title,
            Url = article.Url,
            Source = article.SiteName,
        }, path)];
    }

    private IEnumerable<ReadResult> ReadPdf(string path, string id)
    {
        var result = _pdf.Extract(path);
        return result.Text is { } text
            ? [ReadResult.Ok(new Document(id, text), path)]
            : [ReadResult.Fail(result.Error!, path)];
    }

    private (byte[] Bytes, string? Error) ReadBytes(string path)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxFileBytes)
                return ([], $"file of {length / (1024 * 1024)} MB is larger than the {options.MaxFileBytes / (1024 * 1024)} MB limit for one document; split it or convert it to docs.jsonl");
            return (File.ReadAllBytes(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], $"cannot be read ({e.Message})");
        }
    }
}
