using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ArabicEventExtraction.Readers.Pdf;

/// <summary>
/// Text of a PDF through poppler's pdftotext, an optional external tool.
/// Its default reading-order mode gives right-to-left lines in logical order (-raw keeps the
/// visual order of the content stream); page breaks (form feeds) become line breaks.
/// </summary>
public sealed class PdfTextExtractor(string tool = "pdftotext", TimeSpan? timeout = null)
{
    public const string MissingToolMessage =
        "PDF input needs pdftotext, which is not installed: install poppler-utils (apt-get install poppler-utils)";

    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromMinutes(2);

    public bool IsAvailable => FindOnPath(tool) is not null;

    public PdfText Extract(string path)
    {
        if (FindOnPath(tool) is not { } exe) return new PdfText(null, MissingToolMessage);
        var start = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var a in (string[])["-enc", "UTF-8", path, "-"]) start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(_timeout))
            {
                process.Kill(entireProcessTree: true);
                return new PdfText(null, $"pdftotext took longer than {_timeout.TotalSeconds:F0} s");
            }
            var text = stdout.Result;
            if (process.ExitCode != 0)
                return new PdfText(null, $"pdftotext failed (exit {process.ExitCode}): {FirstLine(stderr.Result)}");
            if (string.IsNullOrWhiteSpace(text))
                return new PdfText(null, "PDF has no text layer (a scan? OCR it first)");
            return new PdfText(BidiMarkCleaner.Clean(text.Replace("\r\n", "\n").Replace('\f', '\n')).TrimEnd(), null);
        }
        catch (Win32Exception e)
        {
            return new PdfText(null, $"cannot run pdftotext ({e.Message})");
        }
    }

    private static string FirstLine(string s) => s.Split('\n', 2)[0].Trim();

    private static string? FindOnPath(string tool)
    {
        if (Path.IsPathRooted(tool)) return File.Exists(tool) ? tool : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
