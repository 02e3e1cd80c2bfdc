using System.Globalization;
using SupportBot.Benchmarks.CommandLine;
using SupportBot.Benchmarks.Servers;

namespace SupportBot.Benchmarks.Driver;

/// <summary>What one benchmark run does; every field has a default, so the program runs with no arguments.</summary>
public sealed record DriverOptions(
    IReadOnlyList<ServerKind> Servers,
    IReadOnlyList<LevelPlan> Levels,
    LevelPlan WarmUp,
    IReadOnlyList<ScriptedTurn> SupportBotScript,
    string EnvironmentName)
{
    public const string Usage =
        """
        Usage: dotnet run -c Release --project tests/SupportBot.Benchmarks [-- options]
          --conversations N    conversations per concurrency level (default: 200 at c=1, 1000 above)
          --concurrency LIST   concurrency levels, comma-separated (default: 1,8,64)
          --seconds S          no new conversation starts after S seconds in a level (default: 60)
          --warmup S           seconds of warm-up conversations at c=8 before the levels, not measured,
                               so tiered compilation has settled (default: 20)
          --servers LIST       servers to run, in order (default: supportbot,echo,bare)
          --script NAME        SupportBot's script: flow (default) or menu (menu-only turns)
          --environment NAME   ASP.NET Core environment of the servers (default: Development, the one
                               where the Emulator's from.id is trusted as the user's sign-in name)
        """;

    private const int SingleUserConversations = 200;
    private const int ConcurrentConversations = 1000;
    private const int WarmUpConcurrency = 8;

    // The warm-up is bounded by time only: the runtime's tiered compilation needs seconds, not a count
    // of calls, to settle, and a slower server needs no fewer seconds than a fast one.
    private const int WarmUpConversationCap = 1_000_000;

    public int MaxConcurrency => Math.Max(WarmUp.Concurrency, Levels.Max(level => level.Concurrency));

    public IReadOnlyList<ScriptedTurn> ScriptFor(ServerKind kind)
        => kind == ServerKind.SupportBot ? SupportBotScript : ConversationScript.PlainMessagesLike(SupportBotScript);

    public static DriverOptions Parse(IReadOnlyList<string> args)
    {
        var reader = new OptionReader(args);
        var conversations = reader.Number("--conversations", 1);
        var timeLimit = TimeSpan.FromSeconds(reader.Number("--seconds", 1) ?? 60);
        var levels = ParseList(reader.Text("--concurrency") ?? "1,8,64", ParseConcurrency)
            .Select(concurrency => new LevelPlan(
                concurrency,
                conversations ?? (concurrency == 1 ? SingleUserConversations : ConcurrentConversations),
                timeLimit))
            .ToList();
        var warmUpSeconds = reader.Number("--warmup", 0) ?? 20;
        var warmUp = new LevelPlan(WarmUpConcurrency, warmUpSeconds == 0 ? 0 : WarmUpConversationCap, TimeSpan.FromSeconds(warmUpSeconds));
        var servers = ParseList(reader.Text("--servers") ?? "supportbot,echo,bare", ServerKindNames.Parse);
        var script = (reader.Text("--script") ?? "flow") switch
        {
            "flow" => ConversationScript.SupportFlow,
            "menu" => ConversationScript.MenuOnly,
            var other => throw new OptionException($"Unknown script '{other}'; expected flow or menu."),
        };
        var environment = reader.Text("--environment") ?? ServeOptions.DefaultEnvironment;
        reader.RejectUnknown();
        return new DriverOptions(servers, levels, warmUp, script, environment);
    }

    private static List<T> ParseList<T>(string text, Func<string, T> parse)
    {
        var items = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse).ToList();
        return items.Count > 0 ? items : throw new OptionException($"Expected a comma-separated list, got '{text}'.");
    }

    private static int ParseConcurrency(string text)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 1024
            ? value
            : throw new OptionException($"A concurrency level is a whole number from 1 to 1024, got '{text}'.");
}
