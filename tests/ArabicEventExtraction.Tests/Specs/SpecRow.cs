namespace ArabicEventExtraction.Tests.Specs;

/// <summary>One row of a spec file; Location is "file:line".</summary>
public sealed record SpecRow(string Location, string[] Columns);
