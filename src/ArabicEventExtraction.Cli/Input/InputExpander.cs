namespace ArabicEventExtraction.Cli.Input;

/// <summary>Turns command-line inputs into files: folders recursively, glob patterns, "-" for standard input.</summary>
public static class InputExpander
{
    public static readonly string[] SupportedExtensions = [".txt", ".jsonl", ".html", ".htm", ".pdf"];

    public static IEnumerable<ExpandedInput> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                yield return ExpandedInput.File("-");
            }
            else if (Directory.Exists(input))
            {
                var any = false;
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Where(IsSupported).Order(StringComparer.Ordinal))
                {
                    any = true;
                    yield return ExpandedInput.File(file);
                }
                if (!any) yield return ExpandedInput.Fail(input, $"folder has no {string.Join("/", SupportedExtensions)} files");
            }
            else if (File.Exists(input))
            {
                yield return ExpandedInput.File(input);
            }
            else if (GlobPattern.IsPattern(input))
            {
                var any = false;
                foreach (var file in GlobPattern.Parse(input).Files())
                {
                    any = true;
                    yield return ExpandedInput.File(file);
                }
                if (!any) yield return ExpandedInput.Fail(input, "no file matches this pattern");
            }
            else
            {
                yield return ExpandedInput.Fail(input, "no such file or folder");
            }
        }
    }

    public static bool IsSupported(string path) => SupportedExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());
}
