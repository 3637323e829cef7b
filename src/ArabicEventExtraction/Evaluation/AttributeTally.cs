namespace ArabicEventExtraction.Evaluation;

/// <summary>Of the matched figures whose gold states an attribute, how many have it right.</summary>
public sealed class AttributeTally
{
    public int Right { get; internal set; }
    public int Checked { get; internal set; }

    public double Share => Checked > 0 ? (double)Right / Checked : 0.0;
}
