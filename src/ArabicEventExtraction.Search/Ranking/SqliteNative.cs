using System.Runtime.InteropServices;

namespace ArabicEventExtraction.Search.Ranking;

/// <summary>The few SQLite C functions Microsoft.Data.Sqlite does not expose, from the same bundled library.</summary>
internal static unsafe partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    [LibraryImport(Library)]
    public static partial int sqlite3_prepare_v2(nint db, byte* sql, int bytes, nint* statement, nint tail);

    [LibraryImport(Library)]
    public static partial int sqlite3_bind_pointer(nint statement, int index, void* pointer, byte* type, nint destructor);

    [LibraryImport(Library)]
    public static partial int sqlite3_step(nint statement);

    [LibraryImport(Library)]
    public static partial int sqlite3_finalize(nint statement);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial long sqlite3_value_int64(nint value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial void sqlite3_result_double(nint context, double value);

    [LibraryImport(Library)]
    public static partial void sqlite3_result_error(nint context, byte* message, int bytes);
}
