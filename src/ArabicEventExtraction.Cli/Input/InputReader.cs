using System.Text;
using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Cli.Input;

/// <summary>
/// Turns command-line inputs (docs .jsonl, .txt, .html, .pdf files, folders of them, glob patterns,
/// or "-" for standard input) into documents, lazily and in input order, reporting each unreadable
/// file or line instead of stopping. Documents longer than the limit come out as parts.
/// </summary>
public sealed class InputReader(InputOptions options)
{
    private readonly FileDocumentReader _files = new(options);

    public InputReader(DateOnly? dctOverride) : this(new InputOptions { DctOverride = dctOverride })
    {
    }

    public IEnumerable<ReadResult> Read(IEnumerable<string> inputs)
    {
        foreach (var input in InputExpander.Expand(inputs))
        {
            if (input.Error is { } error)
            {
                yield return ReadResult.Fail(error, input.Origin);
                continue;
            }
            var results = input.IsStandardInput ? ReadStandardInput() : _files.Read(input.Path!);
            foreach (var result in results)
            {
                if (result.Document is not { } document)
                {
                    yield return result;
                    continue;
                }
                if (options.DctOverride is { } dct) document = document with { Dct = dct };
                foreach (var part in DocumentSplitter.Split(document, options.MaxDocumentChars))
                    yield return result with { Document = part };
            }
        }
    }

    private IEnumerable<ReadResult> ReadStandardInput()
    {
        const string origin = "<stdin>";
        var lines = new BoundedLineReader(Console.In, options.MaxLineChars);
        string? first;
        do first = lines.ReadLine(); while (first is not null && string.IsNullOrWhiteSpace(first));
        if (first is null)
        {
            yield return ReadResult.Fail("empty input: no text", origin);
            yield break;
        }
        if (first != BoundedLineReader.TooLong && JsonlDocumentStream.LooksLikeJsonl(first))
        {
            yield return DocumentJsonlReader.ParseLine(first.TrimStart('\uFEFF'), origin, lines.LineNumber);
            foreach (var r in JsonlDocumentStream.Read(lines, origin, options.MaxLineChars, linesAlreadyRead: true))
                yield return r;
            yield break;
        }
        var text = new StringBuilder(first == BoundedLineReader.TooLong ? "" : first);
        var tooLong = first == BoundedLineReader.TooLong;
        while (lines.ReadLine() is { } line)
        {
            if (line == BoundedLineReader.TooLong || text.Length + line.Length > options.MaxFileBytes) tooLong = true;
            else text.Append('\n').Append(line);
        }
        if (tooLong)
            yield return ReadResult.Fail($"standard input text is too long for one document; give a docs.jsonl instead", origin);
        else
            yield return ReadResult.Ok(new Document("stdin", text.ToString().TrimStart('\uFEFF')), origin);
    }
}
