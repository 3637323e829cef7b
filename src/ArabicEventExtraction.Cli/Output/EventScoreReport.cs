using System.Text;
using ArabicEventExtraction.Evaluation;

namespace ArabicEventExtraction.Cli.Output;

/// <summary>Prints an <see cref="EventScore"/> in shared/eval/score.py's two formats (text and --json), character for character.</summary>
public static class EventScoreReport
{
    public static void PrintText(EventScore score, TextWriter output, bool details)
    {
        if (details)
        {
            foreach (var line in score.Details) output.WriteLine(line);
            output.WriteLine();
        }
        var (figure, full) = (score.Figure, score.FullTuple);
        output.WriteLine($"figures  gold {score.Gold}  predicted {score.Predicted}  matched {score.Matched}");
        output.WriteLine($"figure   P {F(figure.Precision, 3)}  R {F(figure.Recall, 3)}  F1 {F(figure.F1, 3)}   (category + group + value)");
        foreach (var (name, tally) in score.Attributes.Where(a => a.Value.Checked > 0))
            output.WriteLine($"  {name,-15} {F(PythonNumbers.Round(tally.Share, 4), 3)}   (share of matched figures, where gold states it)");
        output.WriteLine("per category F1: " + string.Join("  ", score.Categories.Select(c => $"{c.Key} {F(PythonNumbers.Round(c.Value.F1, 4), 2)}")));
        output.WriteLine($"full     P {F(full.Precision, 3)}  R {F(full.Recall, 3)}  F1 {F(full.F1, 3)}   (figure + date + place + actor)");
        if (score.DocsNotInGold.Count > 0)
            output.WriteLine($"note: {score.DocsNotInGold.Count} predicted doc ids are not in gold, e.g. [{string.Join(", ", score.DocsNotInGold.Take(3).Select(d => $"'{d}'"))}]");
    }

    /// <summary>score.py --json: json.dumps with Python's separators and float repr.</summary>
    public static void PrintJson(EventScore score, TextWriter output)
    {
        var (figure, full) = (score.Figure, score.FullTuple);
        var sb = new StringBuilder("{");
        sb.Append($"\"gold\": {score.Gold}, \"pred\": {score.Predicted}, \"matched\": {score.Matched}, ");
        sb.Append($"\"figure_p\": {R(figure.Precision)}, \"figure_r\": {R(figure.Recall)}, \"figure_f1\": {R(figure.F1)}, ");
        sb.Append($"\"full_p\": {R(full.Precision)}, \"full_r\": {R(full.Recall)}, \"full_f1\": {R(full.F1)}, ");
        sb.Append("\"attributes\": {" + string.Join(", ", score.Attributes.Where(a => a.Value.Checked > 0).Select(a => $"{Str(a.Key)}: {R(a.Value.Share)}")) + "}, ");
        sb.Append("\"per_category_f1\": {" + string.Join(", ", score.Categories.Select(c => $"{Str(c.Key)}: {R(c.Value.F1)}")) + "}, ");
        sb.Append("\"docs_not_in_gold\": [" + string.Join(", ", score.DocsNotInGold.Select(Str)) + "]}");
        output.WriteLine(sb.ToString());
    }

    private static string F(double x, int digits) => PythonNumbers.Fixed(x, digits);

    private static string R(double x) => PythonNumbers.Repr(PythonNumbers.Round(x, 4));

    private static string Str(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}
