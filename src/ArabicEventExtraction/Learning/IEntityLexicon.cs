namespace ArabicEventExtraction.Learning;

/// <summary>
/// A word list the tagger may consult as features (a gazetteer, the actor dictionary). The pipeline
/// supplies it; a model trained with a lexicon should be used with the same one.
/// </summary>
public interface IEntityLexicon
{
    /// <summary>A name stored in the model's feature settings.</summary>
    string Name { get; }

    /// <summary>Matches over the normalized (folded) tokens of one sentence.</summary>
    IEnumerable<LexiconMatch> Match(IReadOnlyList<string> foldedTokens);
}
