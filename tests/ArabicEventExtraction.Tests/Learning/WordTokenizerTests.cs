using ArabicEventExtraction.Learning;

namespace ArabicEventExtraction.Tests.Learning;

public class WordTokenizerTests
{
    [Fact]
    public void Splits_off_punctuation_and_keeps_clitics_and_numbers_whole()
    {
        const string text = "قُتل 2,500 شخص، في (حلب).";

        var tokens = WordTokenizer.Tokenize(text).Select(s => s.Of(text));

        Assert.Equal(["قُتل", "2,500", "شخص", "،", "في", "(", "حلب", ")", "."], tokens);
    }
}
