using System.Runtime.InteropServices;

namespace ArabicEventExtraction.Search.Ranking;

/// <summary>The leading members of SQLite's <c>fts5_api</c> (fts5.h), in declaration order.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Fts5Api
{
    public int Version;
    public nint CreateTokenizer;
    public nint FindTokenizer;
    public delegate* unmanaged[Cdecl]<Fts5Api*, byte*, nint, delegate* unmanaged[Cdecl]<Fts5ExtensionApi*, nint, nint, int, nint*, void>, nint, int> CreateFunction;
}
