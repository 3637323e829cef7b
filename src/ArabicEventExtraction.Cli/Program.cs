using ArabicEventExtraction.Cli;

return CommandCatalog.BuildRoot().Parse(args).Invoke();
