using System.Text;
using System.Text.RegularExpressions;

namespace ArabicEventExtraction.Cli.Input;

/// <summary>
/// A file pattern such as "data/*.txt" or "reports/**/*.html" (for shells that do not expand it,
/// or when it is quoted): "*" and "?" match within a folder name, "**" any number of folders.
/// </summary>
public sealed class GlobPattern
{
    private readonly string _baseDirectory;
    private readonly Regex _relative;
    private readonly bool _recursive;

    private GlobPattern(string baseDirectory, Regex relative, bool recursive)
    {
        _baseDirectory = baseDirectory;
        _relative = relative;
        _recursive = recursive;
    }

    public static bool IsPattern(string input) => input.IndexOfAny(['*', '?']) >= 0;

    public static GlobPattern Parse(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var first = Array.FindIndex(segments, s => IsPattern(s));
        var baseDirectory = first == 0 ? "." : string.Join('/', segments[..first]);
        if (baseDirectory.Length == 0) baseDirectory = "/";
        var rest = segments[first..];
        var regex = new StringBuilder("^");
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == "**")
            {
                regex.Append("(?:[^/]+/)*");
                continue;
            }
            foreach (var c in rest[i])
                regex.Append(c switch { '*' => "[^/]*", '?' => "[^/]", _ => Regex.Escape(c.ToString()) });
            if (i < rest.Length - 1) regex.Append('/');
        }
        regex.Append('$');
        var recursive = rest.Length > 1;
        return new GlobPattern(baseDirectory, new Regex(regex.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), recursive);
    }

    public IEnumerable<string> Files()
    {
        if (!Directory.Exists(_baseDirectory)) return [];
        var option = _recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        return Directory.EnumerateFiles(_baseDirectory, "*", option)
            .Where(f => _relative.IsMatch(Path.GetRelativePath(_baseDirectory, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal);
    }
}
