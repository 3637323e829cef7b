using System.Text;
using ArabicEventExtraction.Learning;

namespace ArabicEventExtraction.Cli.Input;

/// <summary>Reads a labelled file for the tagger: .jsonl/.json as doccano spans, anything else as CoNLL `token TAG`.</summary>
public static class TaggedCorpusFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The sentences, or null after printing why the file cannot be used.</summary>
    public static List<TaggedSentence>? Read(string path, string role)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"error: {role} file '{path}' does not exist");
            return null;
        }
        try
        {
            var text = StrictUtf8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
            using var reader = new StringReader(text);
            var isJson = Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".json";
            var sentences = isJson ? DoccanoReader.Read(reader, path) : ConllReader.Read(reader, path);
            if (sentences.Count == 0)
            {
                Console.Error.WriteLine($"error: {path}: no labelled sentences");
                return null;
            }
            return sentences;
        }
        catch (TaggedCorpusException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
        }
        catch (DecoderFallbackException)
        {
            Console.Error.WriteLine($"error: {path}: not valid UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {path}: cannot be read ({e.Message})");
        }
        return null;
    }
}
