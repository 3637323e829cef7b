namespace ArabicEventExtraction.Search.Ranking;

/// <summary>SQLite's variable-length integer: big-endian 7-bit groups, the high bit marking a continuation, a 9th byte of 8 bits.</summary>
internal static class Varint
{
    public static long Read(byte[] bytes, int length, ref int at)
    {
        long value = 0;
        for (var i = 0; i < 8 && at < length; i++)
        {
            var b = bytes[at++];
            value = (value << 7) | (long)(b & 0x7f);
            if ((b & 0x80) == 0) return value;
        }
        return at < length ? (value << 8) | bytes[at++] : value;
    }
}
