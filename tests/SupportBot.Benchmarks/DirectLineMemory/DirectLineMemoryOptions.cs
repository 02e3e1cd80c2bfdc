using SupportBot.Benchmarks.CommandLine;

namespace SupportBot.Benchmarks.DirectLineMemory;

/// <summary>
/// <c>--measure directline-memory [--conversations N] [--posts M] [--phases P] [--concurrency C]</c>: P rounds of N
/// new Direct Line conversations, each with M questions whose answers carry a contract card. The server inherits
/// the environment, so <c>SupportBot__DirectLine__MaxHistoryBytes=...</c> tries another budget.
/// </summary>
public sealed record DirectLineMemoryOptions(int Conversations, int Posts, int Phases, int Concurrency)
{
    public const string Usage =
        """
        Usage: dotnet run -c Release --project tests/SupportBot.Benchmarks -- --measure directline-memory [options]
          --conversations N    new conversations per phase (default 80)
          --posts M            questions per conversation (default 170: about 500 kept activities, a full history)
          --phases P           phases of new conversations, to show whether memory keeps growing (default 3)
          --concurrency C      conversations driven at once (default 8)
        The server inherits the environment: SupportBot__DirectLine__MaxHistoryBytes=N tries another budget.
        """;

    private const string MeasureOption = "--measure";
    private const string DirectLineMemory = "directline-memory";

    public static bool IsCommand(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Count > 1 && args[0] == MeasureOption && args[1] == DirectLineMemory;
    }

    public static DirectLineMemoryOptions Parse(IReadOnlyList<string> args)
    {
        var reader = new OptionReader(args);
        reader.RequiredText(MeasureOption);
        var options = new DirectLineMemoryOptions(
            reader.Number("--conversations", 1) ?? 80,
            reader.Number("--posts", 1) ?? 170,
            reader.Number("--phases", 1) ?? 3,
            reader.Number("--concurrency", 1) ?? 8);
        reader.RejectUnknown();
        return options;
    }
}
