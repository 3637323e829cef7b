namespace ArabicEventExtraction.Learning;

/// <summary>A model file that cannot be loaded (not a model, damaged, or another format version).</summary>
public sealed class ModelFormatException(string message, Exception? inner = null) : Exception(message, inner);
