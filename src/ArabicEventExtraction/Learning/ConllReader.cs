namespace ArabicEventExtraction.Learning;

/// <summary>
/// Reads CoNLL-style `token TAG` lines (BIO tags, the tag is the last field). Sentences end at blank
/// lines; a file without any blank line (the ANERcorp train split) is cut after sentence-final
/// punctuation instead. Lines whose token is empty (" O") are skipped; an I-X that cannot continue
/// an entity is read as B-X, which gives the same entities as conlleval.
/// </summary>
public static class ConllReader
{
    private static readonly HashSet<string> SentenceFinal = [".", "!", "?", "؟", "…"];

    public static List<TaggedSentence> Read(TextReader reader, string source)
    {
        var entries = new List<(string Token, string Tag, int Line)?>();
        var sawBlankLine = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Contains('\0'))
                throw new TaggedCorpusException(source, lineNumber, "binary data (NUL character); expected UTF-8 text lines 'token TAG'");
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                if (entries.Count > 0 && entries[^1] is not null) { entries.Add(null); sawBlankLine = true; }
                continue;
            }
            if (fields[0] == "-DOCSTART-") continue;
            var tag = fields[^1];
            if (fields.Length == 1)
            {
                if (char.IsWhiteSpace(line[0]) && BioTags.IsValid(tag)) continue;
                throw new TaggedCorpusException(source, lineNumber, $"expected 'token TAG', found only '{Shorten(line)}'");
            }
            if (!BioTags.IsValid(tag))
                throw new TaggedCorpusException(source, lineNumber, $"'{Shorten(tag)}' is not a BIO tag (expected O, B-LABEL or I-LABEL)");
            entries.Add((string.Join(' ', fields[..^1]), tag, lineNumber));
        }
        return sawBlankLine ? SplitAtBlanks(entries) : SplitAtPunctuation(entries);
    }

    private static List<TaggedSentence> SplitAtBlanks(List<(string Token, string Tag, int Line)?> entries)
    {
        var sentences = new List<TaggedSentence>();
        var current = new List<(string Token, string Tag, int Line)>();
        foreach (var entry in entries.Append(null))
        {
            if (entry is { } e) { current.Add(e); continue; }
            Flush(sentences, current);
        }
        return sentences;
    }

    private static List<TaggedSentence> SplitAtPunctuation(List<(string Token, string Tag, int Line)?> entries)
    {
        var sentences = new List<TaggedSentence>();
        var current = new List<(string Token, string Tag, int Line)>();
        foreach (var entry in entries)
        {
            if (entry is not { } e) continue;
            current.Add(e);
            if (SentenceFinal.Contains(e.Token) && e.Tag == BioTags.Outside) Flush(sentences, current);
        }
        Flush(sentences, current);
        return sentences;
    }

    private static void Flush(List<TaggedSentence> sentences, List<(string Token, string Tag, int Line)> current)
    {
        if (current.Count == 0) return;
        sentences.Add(new TaggedSentence(
            current.Select(e => e.Token).ToArray(),
            BioTags.Repair(current.Select(e => e.Tag).ToArray())) { Line = current[0].Line });
        current.Clear();
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
