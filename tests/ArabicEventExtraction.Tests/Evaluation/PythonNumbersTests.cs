using ArabicEventExtraction.Evaluation;

namespace ArabicEventExtraction.Tests.Evaluation;

/// <summary>Expected strings are what Python 3 prints for f"{x:.nf}", round(x, n) and repr(x).</summary>
public class PythonNumbersTests
{
    [Theory]
    [InlineData(0.0625, 3, "0.062")]      // exact binary tie: half to even
    [InlineData(0.5, 0, "0")]
    [InlineData(2.675, 2, "2.67")]        // 2.675 is stored just below the tie
    [InlineData(0.571428571, 3, "0.571")]
    [InlineData(1.0, 3, "1.000")]
    [InlineData(0.99996, 4, "1.0000")]
    public void Fixed_rounds_the_exact_value_half_to_even(double x, int digits, string expected) =>
        Assert.Equal(expected, PythonNumbers.Fixed(x, digits));

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(0.8571, "0.8571")]
    [InlineData(0.0001, "0.0001")]
    public void Repr_keeps_a_decimal_point(double x, string expected) => Assert.Equal(expected, PythonNumbers.Repr(x));

    [Fact]
    public void Round_gives_the_double_of_the_rounded_decimal() =>
        Assert.Equal(0.8571, PythonNumbers.Round(6.0 / 7.0, 4));
}
