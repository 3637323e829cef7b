using System.Security.Cryptography;
using System.Text;

namespace ArabicEventExtraction.Search.Indexing;

/// <summary>A fingerprint of everything stored for a document, so re-indexing unchanged content is skipped.</summary>
public static class ContentHash
{
    public static string Of(IndexItem item)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var d = item.Document;
        Append(hash, d.Id);
        Append(hash, d.Dct?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Append(hash, d.Title);
        Append(hash, d.Url);
        Append(hash, d.Source);
        Append(hash, d.Text);
        foreach (var e in item.Events) Append(hash, e.Json);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string? value)
    {
        // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
        hash.AppendData(BitConverter.GetBytes(value?.Length ?? -1));
        if (value is not null) hash.AppendData(Encoding.UTF8.GetBytes(value));
    }
}
