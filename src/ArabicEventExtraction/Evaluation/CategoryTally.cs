namespace ArabicEventExtraction.Evaluation;

/// <summary>Gold, predicted and matched figures of one category.</summary>
public sealed class CategoryTally
{
    public int Gold { get; internal set; }
    public int Predicted { get; internal set; }
    public int Matched { get; internal set; }

    public double F1 => PrecisionRecall.Of(Matched, Predicted, Gold).F1;
}
