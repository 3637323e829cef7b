using System.Text.Encodings.Web;
using System.Text.Json;
using ArabicEventExtraction.Documents;

namespace ArabicEventExtraction.Cli.Output;

/// <summary>Writes the documents actually processed as docs.jsonl (id, dct, title, url, source, text), so every span can be checked.</summary>
public sealed class SavedDocumentWriter(TextWriter output)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(Document doc)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", doc.Id);
            if (doc.Dct is { } dct) w.WriteString("dct", dct.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            else w.WriteNull("dct");
            if (doc.Title is not null) w.WriteString("title", doc.Title);
            if (doc.Url is not null) w.WriteString("url", doc.Url);
            if (doc.Source is not null) w.WriteString("source", doc.Source);
            w.WriteString("text", doc.Text);
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
