using System.Runtime.InteropServices;

namespace ArabicEventExtraction.Search.Ranking;

/// <summary>
/// The leading members of SQLite's <c>Fts5ExtensionApi</c> (fts5.h), in declaration order. The calls made
/// for every ranked row are short, never block and never call back, so they skip the GC transition.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Fts5ExtensionApi
{
    public int Version;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, nint> UserData;
    public delegate* unmanaged[Cdecl]<nint, int> ColumnCount;
    public delegate* unmanaged[Cdecl]<nint, long*, int> RowCount;
    public delegate* unmanaged[Cdecl]<nint, int, long*, int> ColumnTotalSize;
    public nint Tokenize;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int> PhraseCount;
    public delegate* unmanaged[Cdecl]<nint, int, int> PhraseSize;
    public delegate* unmanaged[Cdecl]<nint, int*, int> InstCount;
    public delegate* unmanaged[Cdecl]<nint, int, int*, int*, int*, int> Inst;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, long> Rowid;
    public nint ColumnText;
    public delegate* unmanaged[Cdecl]<nint, int, int*, int> ColumnSize;
    public nint QueryPhrase;
    public nint SetAuxdata;
    public nint GetAuxdata;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, Fts5PhraseIter*, int*, int*, int> PhraseFirst;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, Fts5PhraseIter*, int*, int*, void> PhraseNext;
}
