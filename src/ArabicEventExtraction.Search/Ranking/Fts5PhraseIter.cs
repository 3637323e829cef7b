using System.Runtime.InteropServices;

namespace ArabicEventExtraction.Search.Ranking;

/// <summary>SQLite's <c>Fts5PhraseIter</c>: two cursor pointers owned by FTS5.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Fts5PhraseIter
{
    public nint A;
    public nint B;
}
