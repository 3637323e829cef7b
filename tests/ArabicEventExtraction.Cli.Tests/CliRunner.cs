namespace ArabicEventExtraction.Cli.Tests;

/// <summary>Runs `aee` in-process with captured standard output and error.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(params string[] args) => RunWithInput(null, args);

    public static Result RunWithInput(string? stdin, params string[] args)
    {
        var (oldOut, oldErr, oldIn) = (Console.Out, Console.Error, Console.In);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        try
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            if (stdin is not null) Console.SetIn(new StringReader(stdin));
            var code = CommandCatalog.BuildRoot().Parse(args).Invoke();
            return new Result(code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
            Console.SetIn(oldIn);
        }
    }
}
