namespace SupportBot.Benefits.DataImport;

/// <summary>One thing wrong with a data file: where (a JSON path, and a line when the JSON itself is broken) and what.</summary>
public sealed record DataProblem(string Path, string Message, long? Line = null)
{
    public override string ToString() => Line is { } line ? $"{Path} (line {line}): {Message}" : $"{Path}: {Message}";
}
