using System.Security.Cryptography;
using System.Text;

namespace ArabicEventExtraction.Learning;

/// <summary>SHA-256 of labelled sentences as read (token, tag, sentence breaks), whatever the file format.</summary>
public static class TaggedDataHash
{
    public static string Of(IEnumerable<TaggedSentence> sentences)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Tokens.Count; i++)
                hash.AppendData(Encoding.UTF8.GetBytes(sentence.Tokens[i] + "\t" + sentence.Tags[i] + "\n"));
            hash.AppendData("\n"u8);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
