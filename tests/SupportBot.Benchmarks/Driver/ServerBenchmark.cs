using System.Globalization;
using SupportBot.Benchmarks.Measurements;
using SupportBot.Benchmarks.Servers;

namespace SupportBot.Benchmarks.Driver;

/// <summary>
/// Measures one server: a first launch that only warms up, then the measured launch (cold start), a
/// warm-up, every concurrency level, peak memory and the state it holds. Each child is always killed.
/// </summary>
public static class ServerBenchmark
{
    private const string SupportBotDatabaseFile = "supportbot.db";

    public static async Task RunAsync(DriverOptions options, ServerResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(result);
        var kind = result.Kind;
        var script = options.ScriptFor(kind);
        result.FirstLaunch = await MeasureFirstLaunchAsync(options, kind, script[0], cancellationToken);

        using var data = new TempDataFolder();
        var port = FreePort.Next();
        using var http = BenchmarkHttp.CreateClient(port, options.MaxConcurrency * 2);
        using var child = ChildServer.Start(new ServeOptions(kind, port, data.Path, options.EnvironmentName, ExitWithStdin: true));
        try
        {
            result.ColdStart = await StartupProbe.WaitForFirstReplyAsync(child, http, script[0], cancellationToken);
            result.ConversationsDriven = 1;
            Progress(kind, $"cold start {result.ColdStart.Value.TotalMilliseconds:0} ms (first launch {result.FirstLaunch.Value.TotalMilliseconds:0} ms)");

            result.SampleConversation = await SampleConversation.RunAsync(http, script, cancellationToken);
            result.ConversationsDriven += 1;

            result.WarmUp = await LoadRunner.RunAsync(http, script, options.WarmUp, "warmup", cancellationToken);
            result.ConversationsDriven += result.WarmUp.Conversations;
            Progress(kind, $"warm-up: {result.WarmUp.Conversations} conversations in {result.WarmUp.Elapsed.TotalSeconds:0.0} s, {result.WarmUp.Failures.Count} failures");

            foreach (var plan in options.Levels)
            {
                var phaseName = $"c{plan.Concurrency.ToString(CultureInfo.InvariantCulture)}";
                var level = await LoadRunner.RunAsync(http, script, plan, phaseName, cancellationToken);
                result.Levels.Add(level);
                result.ConversationsDriven += level.Conversations;
                Progress(kind, $"c={plan.Concurrency}: {level.TurnsPerSecond:0} turns/s, p99 {level.Latency.P99Milliseconds:0.0} ms, {level.Failures.Count} failures");
            }

            result.State = await MeasureStateAsync(kind, http, data.Path, cancellationToken);
        }
        finally
        {
            result.PeakRssMegabytes = child.ReadPeakRssMegabytes();
            result.ServerOutput = child.Output.FirstLines;
            result.ServerOutputLines = child.Output.LineCount;
        }
    }

    // The first launch warms the OS file cache and the driver's own code paths, so the measured cold
    // start is the server's own. It is printed too, as "first launch".
    private static async Task<TimeSpan> MeasureFirstLaunchAsync(
        DriverOptions options,
        ServerKind kind,
        ScriptedTurn firstTurn,
        CancellationToken cancellationToken)
    {
        using var data = new TempDataFolder();
        var port = FreePort.Next();
        using var http = BenchmarkHttp.CreateClient(port, maxConnections: 4);
        using var child = ChildServer.Start(new ServeOptions(kind, port, data.Path, options.EnvironmentName, ExitWithStdin: true));
        return await StartupProbe.WaitForFirstReplyAsync(child, http, firstTurn, cancellationToken);
    }

    private static async Task<StateFootprint?> MeasureStateAsync(
        ServerKind kind,
        HttpClient http,
        string dataFolder,
        CancellationToken cancellationToken) => kind switch
        {
            ServerKind.SupportBot => SqliteStateFootprint.Measure(Path.Combine(dataFolder, SupportBotDatabaseFile)),
            ServerKind.Echo => await http.GetFromJsonAsync<StateFootprint>(
                new Uri(BenchmarkRoutes.State, UriKind.Relative), cancellationToken),
            _ => null,
        };

    private static void Progress(ServerKind kind, string message)
        => Console.Error.WriteLine($"[{kind.Name()}] {message}");
}
