namespace ArabicEventExtraction.Learning;

/// <summary>Entity-level counts and scores for one label (or "micro" for all of them).</summary>
public sealed record LabelScore(string Label, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
