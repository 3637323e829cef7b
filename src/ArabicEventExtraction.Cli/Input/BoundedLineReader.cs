using System.Text;

namespace ArabicEventExtraction.Cli.Input;

/// <summary>
/// Reads lines like TextReader.ReadLine, but a line longer than the limit is skipped to its end
/// without being held in memory (reported as <see cref="TooLong"/>), so one huge line cannot exhaust memory.
/// </summary>
public sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    /// <summary>Returned in place of a line that exceeded the limit.</summary>
    public const string TooLong = "\u0000too-long\u0000";

    private readonly char[] _buffer = new char[64 * 1024];
    private int _position;
    private int _length;
    private bool _ended;

    public int LineNumber { get; private set; }

    public string? ReadLine()
    {
        if (_ended && _position >= _length) return null;
        StringBuilder? line = null;
        var overflow = false;
        while (true)
        {
            if (_position >= _length)
            {
                _length = reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    _ended = true;
                    if (line is null && !overflow) return null;
                    LineNumber++;
                    return overflow ? TooLong : TrimCarriageReturn(line!.ToString());
                }
            }
            var newline = Array.IndexOf(_buffer, '\n', _position, _length - _position);
            var end = newline < 0 ? _length : newline;
            if (!overflow)
            {
                line ??= new StringBuilder();
                if (line.Length + (end - _position) > maxChars)
                {
                    overflow = true;
                    line = null;
                }
                else
                {
                    line.Append(_buffer, _position, end - _position);
                }
            }
            _position = end;
            if (newline >= 0)
            {
                _position++;
                LineNumber++;
                return overflow ? TooLong : TrimCarriageReturn(line!.ToString());
            }
        }
    }

    private static string TrimCarriageReturn(string s) => s.EndsWith('\r') ? s[..^1] : s;
}
