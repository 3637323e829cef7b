using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ArabicEventExtraction.Cli.Tests;

/// <summary>Kills `aee index` mid-run (a real child process) and checks the store is whole and a re-run completes it.</summary>
public class KillAndResumeTests
{
    private const int Documents = 30_000;
    private const int Batch = 250;
    private const long GrowthBeforeKill = 3 << 20;

    [Fact]
    public void A_killed_index_run_leaves_whole_batches_and_a_rerun_completes_it()
    {
        using var dir = new TempDir();
        SearchCorpus.Write(dir.PathOf("docs.jsonl"), dir.PathOf("events.jsonl"), Documents, fillerSentences: 12);
        var db = dir.PathOf("store.db");
        string[] args = ["index", dir.PathOf("events.jsonl"), "--docs", dir.PathOf("docs.jsonl"), "--db", db, "--batch", Batch.ToString()];

        var afterFirstKill = RunAndKill(args, db, atLeast: 1);
        AssertConsistent(db, afterFirstKill);
        var afterSecondKill = RunAndKill(args, db, atLeast: afterFirstKill + Batch);
        AssertConsistent(db, afterSecondKill);
        Assert.True(afterSecondKill > afterFirstKill);

        using var final = Start(args);
        Assert.True(final.WaitForExit(TimeSpan.FromMinutes(3)), "the re-run did not finish");
        var stderr = final.StandardError.ReadToEnd();
        Assert.Equal(0, final.ExitCode);
        Assert.Contains($"{afterSecondKill} unchanged", stderr);
        AssertConsistent(db, Documents);
    }

    // Progress is watched through the size of the database and its write-ahead log, not through
    // SQLite: the point is to kill the writer at an arbitrary moment without touching the store.
    private static long RunAndKill(string[] args, string db, long atLeast)
    {
        var startSize = Size(db);
        using var child = Start(args);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2) && !child.HasExited && Size(db) < startSize + GrowthBeforeKill) Thread.Sleep(20);
        if (child.HasExited) Assert.Fail($"the index run ended before it could be killed: {child.StandardError.ReadToEnd()}");
        child.Kill(entireProcessTree: true);
        child.WaitForExit();
        var count = Scalar(db, "SELECT count(*) FROM documents", readOnly: true);
        Assert.InRange(count, atLeast, Documents - 1);
        return count;
    }

    private static long Size(string db) => Bytes(db) + Bytes(db + "-wal");

    private static long Bytes(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    private static Process Start(string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "aee.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    private static void AssertConsistent(string db, long expectedDocuments)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        Assert.Equal("ok", Text(connection, "PRAGMA integrity_check"));
        var documents = Scalar(connection, "SELECT count(*) FROM documents");
        Assert.Equal(expectedDocuments, documents);
        Assert.True(documents % Batch == 0 || documents == Documents, $"{documents} documents is not a whole number of batches");
        Assert.Equal(documents, Scalar(connection, "SELECT count(*) FROM events"));
        Assert.Equal(documents, Scalar(connection, "SELECT count(*) FROM figures"));
        Assert.Equal(documents, Scalar(connection, "SELECT count(*) FROM places"));
        Assert.Equal(documents, Scalar(connection, "SELECT count(*) FROM doc_terms"));
        using var check = connection.CreateCommand();
        check.CommandText = "INSERT INTO doc_terms(doc_terms) VALUES('integrity-check')";
        check.ExecuteNonQuery();
    }

    private static long Scalar(string db, string sql, bool readOnly)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode={(readOnly ? "ReadOnly" : "ReadWrite")};Pooling=False");
        connection.Open();
        return Scalar(connection, sql);
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static string Text(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }
}
