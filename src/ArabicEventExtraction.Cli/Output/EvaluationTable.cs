using System.Globalization;
using ArabicEventExtraction.Learning;

namespace ArabicEventExtraction.Cli.Output;

/// <summary>Prints entity-level precision, recall and F1 per label and micro-averaged.</summary>
public static class EvaluationTable
{
    public static void Print(EvaluationReport report, TextWriter writer, string unit = "token")
    {
        writer.WriteLine($"{"label",-8} {"gold",6} {"pred",6} {"correct",7} {"P",7} {"R",7} {"F1",7}");
        foreach (var score in report.PerLabel) Row(score, writer);
        Row(report.Micro, writer);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{unit} accuracy {report.TokenAccuracy:F4} ({report.Tokens} {unit}s)"));
    }

    private static void Row(LabelScore s, TextWriter writer) =>
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Label,-8} {s.Gold,6} {s.Predicted,6} {s.Correct,7} {s.Precision,7:F4} {s.Recall,7:F4} {s.F1,7:F4}"));
}
