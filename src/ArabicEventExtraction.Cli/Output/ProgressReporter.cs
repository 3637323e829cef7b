namespace ArabicEventExtraction.Cli.Output;

/// <summary>A one-line progress counter on stderr, shown only when stderr is a terminal.</summary>
public sealed class ProgressReporter(string label)
{
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private DateTime _last = DateTime.MinValue;

    public void Report(int documents, long characters)
    {
        if (!_enabled) return;
        var now = DateTime.UtcNow;
        if ((now - _last).TotalMilliseconds < 200) return;
        _last = now;
        Console.Error.Write($"\r{label}: {documents} documents, {characters / 1024.0 / 1024.0:F1} MB");
    }

    public void Done()
    {
        if (_enabled && _last != DateTime.MinValue) Console.Error.WriteLine();
    }
}
