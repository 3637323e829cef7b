using System.Globalization;
using System.Numerics;

namespace ArabicEventExtraction.Evaluation;

/// <summary>
/// Python's rounding and printing of floats, so that our numbers print as score.py's do:
/// round(x, n) and f"{x:.nf}" round the exact binary value half to even; repr gives "1.0", not "1".
/// </summary>
public static class PythonNumbers
{
    /// <summary>f"{x:.{digits}f}".</summary>
    public static string Fixed(double x, int digits)
    {
        if (double.IsNaN(x) || double.IsInfinity(x)) return x.ToString(CultureInfo.InvariantCulture);
        var bits = BitConverter.DoubleToInt64Bits(x);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        exponent -= 1075;
        // |x| * 10^digits = mantissa * 2^exponent * 10^digits, exactly, as numerator / denominator
        var numerator = new BigInteger(mantissa) * BigInteger.Pow(10, digits);
        var denominator = BigInteger.One;
        if (exponent > 0) numerator <<= exponent; else denominator <<= -exponent;
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !quotient.IsEven)) quotient++;
        var s = quotient.ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        var body = digits == 0 ? s : s[..^digits] + "." + s[^digits..];
        return negative ? "-" + body : body;
    }

    /// <summary>round(x, digits).</summary>
    public static double Round(double x, int digits) => double.Parse(Fixed(x, digits), CultureInfo.InvariantCulture);

    /// <summary>repr(x) for the numbers score.py prints: shortest round-trip digits, "1.0" for whole numbers.</summary>
    public static string Repr(double x)
    {
        var s = x.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') || double.IsNaN(x) || double.IsInfinity(x) ? s : s + ".0";
    }
}
