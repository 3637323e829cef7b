using System.Globalization;
using System.Text;

namespace ArabicEventExtraction.Readers.Tests.Pdf;

/// <summary>
/// Writes a minimal PDF whose Arabic lines are drawn as a real PDF draws them: glyphs in visual
/// order (the first letter rightmost, so the content stream holds each line reversed), with a
/// ToUnicode map so a text extractor can recover the letters. The font is not embedded: text
/// extraction needs only the map.
/// </summary>
public static class ArabicPdfWriter
{
    public static void Write(string path, IReadOnlyList<string> lines)
    {
        var glyphs = lines.SelectMany(l => l).Distinct().Select((c, i) => (c, cid: i + 1)).ToDictionary(p => p.c, p => p.cid);
        var content = new StringBuilder();
        var y = 800;
        foreach (var line in lines)
        {
            var visual = line.Reverse().ToArray();
            var x = 550 - visual.Length * 6;
            content.Append(CultureInfo.InvariantCulture, $"BT /F1 12 Tf {x} {y} Td <");
            foreach (var c in visual) content.Append(glyphs[c].ToString("X4", CultureInfo.InvariantCulture));
            content.Append("> Tj ET\n");
            y -= 20;
        }
        var cmap = new StringBuilder();
        cmap.Append("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n");
        cmap.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n");
        cmap.Append("1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        foreach (var chunk in glyphs.Chunk(100))
        {
            cmap.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var (c, cid) in chunk)
                cmap.Append(CultureInfo.InvariantCulture, $"<{cid:X4}> <{(int)c:X4}>\n");
            cmap.Append("endbfchar\n");
        }
        cmap.Append("endcmap CMapName currentdict /CMap defineresource pop end end\n");

        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            Stream(content.ToString()),
            "<< /Type /Font /Subtype /Type0 /BaseFont /ArabicTest /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArabicTest /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 500 >>",
            Stream(cmap.ToString()),
            "<< /Type /FontDescriptor /FontName /ArabicTest /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
        ];
        using var output = new MemoryStream();
        void Put(string s) { var b = Encoding.ASCII.GetBytes(s); output.Write(b); }
        Put("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(output.Position);
            Put($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = output.Position;
        Put($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Put($"{o:D10} 00000 n \n");
        Put($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        File.WriteAllBytes(path, output.ToArray());
    }

    private static string Stream(string data) => $"<< /Length {Encoding.ASCII.GetByteCount(data)} >>\nstream\n{data}endstream";
}
