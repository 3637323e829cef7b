using ArabicEventExtraction.Search.Storage;
using Microsoft.Data.Sqlite;

namespace ArabicEventExtraction.Cli.Search;

/// <summary>Runs a store command, turning store problems into one-line messages instead of stack traces.</summary>
public static class StoreErrors
{
    public static int Guard(string dbPath, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (SearchStoreException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (SqliteException e)
        {
            Console.Error.WriteLine($"error: database {dbPath}: {e.Message.TrimEnd('.')} (SQLite code {e.SqliteErrorCode})");
            return ExitCodes.Failed;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
