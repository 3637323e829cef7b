namespace ArabicEventExtraction.Evaluation;

/// <summary>Precision, recall and F1 of a count of correct items among predicted and gold ones (0 where undefined, as in score.py).</summary>
public readonly record struct PrecisionRecall(double Precision, double Recall, double F1)
{
    public static PrecisionRecall Of(int correct, int predicted, int gold)
    {
        var p = predicted > 0 ? (double)correct / predicted : 0.0;
        var r = gold > 0 ? (double)correct / gold : 0.0;
        return new PrecisionRecall(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
    }
}
