using ArabicEventExtraction.Search.Analysis;
using ArabicEventExtraction.Text;

namespace ArabicEventExtraction.Search.Tests.Analysis;

public class AnalyzerSpecTests
{
    public static TheoryData<int, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "analyzer.tsv")))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            data.Add(lineNumber, cells[0], cells[1], cells.Length > 2 ? cells[2] : "");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Word_is_analyzed_as_the_spec_says(int line, string word, string op, string operand)
    {
        var analyzer = ArabicAnalyzer.Default;
        var term = Single(analyzer, word);
        var why = $"analyzer.tsv:{line}: {word} → {term ?? "(none)"}";
        switch (op)
        {
            case "same": Assert.True(term is not null && term == Single(analyzer, operand), $"{why}, {operand} → {Single(analyzer, operand)}"); break;
            case "differs": Assert.True(term != Single(analyzer, operand), $"{why}, {operand} → {Single(analyzer, operand)}"); break;
            case "is": Assert.True(term == ArabicNormalizer.Fold(operand), $"{why}, expected {operand}"); break;
            case "not": Assert.True(term != ArabicNormalizer.Fold(operand), $"{why}, must not be {operand}"); break;
            case "stop": Assert.True(term is null, why); break;
            default: Assert.Fail($"analyzer.tsv:{line}: unknown operation '{op}'"); break;
        }
    }

    private static string? Single(ArabicAnalyzer analyzer, string word)
    {
        var terms = analyzer.Terms(word);
        Assert.True(terms.Count <= 1, $"'{word}' gave {terms.Count} terms: {string.Join(' ', terms)}");
        return terms.Count == 0 ? null : terms[0];
    }
}
