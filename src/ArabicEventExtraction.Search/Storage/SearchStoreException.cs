namespace ArabicEventExtraction.Search.Storage;

/// <summary>A problem the user can fix (wrong file, unknown filter value): its message is shown as is, without a stack trace.</summary>
public sealed class SearchStoreException(string message, Exception? inner = null) : Exception(message, inner);
