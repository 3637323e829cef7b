using System.CommandLine;
using ArabicEventExtraction.Cli.Commands;

namespace ArabicEventExtraction.Cli;

/// <summary>The `aee` command tree: one line per command, each command in its own file.</summary>
public static class CommandCatalog
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("aee: extracts casualty events from Arabic conflict reports.");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(GazetteerCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(IndexCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        return root;
    }
}
