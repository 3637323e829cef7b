namespace ArabicEventExtraction.Learning;

/// <summary>Entity-level scores (conlleval style: an entity counts when its tokens and label both match).</summary>
public sealed record EvaluationReport(IReadOnlyList<LabelScore> PerLabel, LabelScore Micro, int Tokens, int CorrectTokens)
{
    public double TokenAccuracy => Tokens == 0 ? 0 : (double)CorrectTokens / Tokens;
}
