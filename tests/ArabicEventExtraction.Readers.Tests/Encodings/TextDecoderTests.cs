using System.Text;
using ArabicEventExtraction.Readers.Encodings;

namespace ArabicEventExtraction.Readers.Tests.Encodings;

public class TextDecoderTests
{
    private const string Report = "قتل خمسة مدنيين، بينهم طفلان، في قصف على الحي الشرقي من المدينة أمس.";

    [Fact]
    public void Reads_utf8_with_and_without_a_byte_order_mark()
    {
        var plain = Encoding.UTF8.GetBytes(Report);
        Assert.Equal(Report, TextDecoder.Decode(plain).Text);
        Assert.Equal(Report, TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. plain]).Text);
    }

    [Fact]
    public void Reads_utf16_in_both_byte_orders_with_a_mark_and_without_one()
    {
        Assert.Equal(Report, TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Report)]).Text);
        Assert.Equal(Report, TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Report)]).Text);
        Assert.Equal(Report, TextDecoder.Decode(Encoding.Unicode.GetBytes(Report)).Text);
        Assert.Equal(Report, TextDecoder.Decode(Encoding.BigEndianUnicode.GetBytes(Report)).Text);
    }

    [Fact]
    public void Detects_windows_1256()
    {
        var result = TextDecoder.Decode(TextEncodings.Windows1256.GetBytes(Report));
        Assert.Equal(Report, result.Text);
        Assert.Equal("windows-1256", result.EncodingName);
    }

    [Fact]
    public void Detects_iso_8859_6()
    {
        const string undiacritised = "قتل خمسة مدنيين، بينهم طفلان، في قصف على الحي الشرقي من المدينة امس.";
        var result = TextDecoder.Decode(TextEncodings.Iso88596.GetBytes(undiacritised));
        Assert.Equal(undiacritised, result.Text);
        Assert.Equal("iso-8859-6", result.EncodingName);
    }

    [Fact]
    public void Uses_a_declared_encoding()
    {
        var bytes = TextEncodings.Windows1256.GetBytes(Report);
        Assert.Equal(Report, TextDecoder.Decode(bytes, TextEncodings.ByName("windows-1256")).Text);
        Assert.Null(TextEncodings.ByName("no-such-encoding"));
    }

    [Fact]
    public void Refuses_latin1_text_rather_than_turning_it_into_mojibake()
    {
        var french = Encoding.Latin1.GetBytes("Le comité a publié un rapport détaillé sur les élèves déplacés à l'été.");
        var result = TextDecoder.Decode(french);
        Assert.Null(result.Text);
        Assert.Contains("--encoding", result.Error);
    }

    [Fact]
    public void Refuses_truncated_utf8_inside_utf8_text()
    {
        var bytes = Encoding.UTF8.GetBytes(Report + "\n" + Report.TrimEnd('.'));
        var cut = bytes.AsSpan(0, bytes.Length - 1).ToArray();
        var result = TextDecoder.Decode(cut);
        Assert.Null(result.Text);
        Assert.Contains($"near byte {cut.Length - 1}", result.Error);
    }

    [Fact]
    public void Refuses_binary_and_empty_input()
    {
        Assert.Contains("binary", TextDecoder.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x08, 0x00, 0xFF, 0x13]).Error);
        Assert.Contains("empty", TextDecoder.Decode([]).Error);
    }

    [Fact]
    public void Refuses_a_declared_encoding_the_bytes_do_not_match()
    {
        var result = TextDecoder.Decode([0xC3, 0x28, 0xA0, 0xA1], TextEncodings.Utf8);
        Assert.Null(result.Text);
        Assert.Contains("utf-8", result.Error);
    }
}
