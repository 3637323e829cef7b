namespace ArabicEventExtraction.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The run finished but some inputs were skipped (each reported on stderr).</summary>
    public const int SomeInputsSkipped = 1;
    public const int UsageError = 2;
    public const int Failed = 3;
}
