using System.Globalization;
using SupportBot.Benchmarks.Measurements;

namespace SupportBot.Benchmarks.Report;

/// <summary>
/// The performance targets SupportBot is held to. A level with failed turns does not meet a target,
/// whatever its figures: failed conversations end early and make the rest look faster.
/// </summary>
public static class Targets
{
    public const int ComparedConcurrency = 8;
    public const double MinThroughputShareOfEcho = 0.50;
    public const double MaxP99Milliseconds = 25;
    public const double MaxColdStartMilliseconds = 1500;

    private static readonly string Level = $"c={ComparedConcurrency.ToString(CultureInfo.InvariantCulture)}";

    public static IReadOnlyList<TargetCheck> Evaluate(ServerResult? supportBot, ServerResult? echo)
    {
        var supportBotLevel = supportBot?.Level(ComparedConcurrency);
        var echoLevel = echo?.Level(ComparedConcurrency);
        double? share = supportBotLevel is not null && echoLevel is { TurnsPerSecond: > 0 }
            ? supportBotLevel.TurnsPerSecond / echoLevel.TurnsPerSecond
            : null;
        var clean = supportBotLevel is { Failures.Count: 0 } && echoLevel is { Failures.Count: 0 };
        var p99 = supportBotLevel?.Latency.P99Milliseconds;
        var coldStart = supportBot?.ColdStart?.TotalMilliseconds;

        return
        [
            new TargetCheck(
                $"supportbot throughput >= {Figures.Percent(MinThroughputShareOfEcho)} of echo at {Level}",
                Figures.Percent(share),
                share is null ? null : clean && share >= MinThroughputShareOfEcho),
            new TargetCheck(
                $"supportbot p99 < {MaxP99Milliseconds.ToString(CultureInfo.InvariantCulture)} ms at {Level}",
                $"{Figures.Milliseconds(p99)} ms",
                p99 is null || double.IsNaN(p99.Value) ? null : supportBotLevel is { Failures.Count: 0 } && p99 < MaxP99Milliseconds),
            new TargetCheck(
                $"supportbot cold start < {MaxColdStartMilliseconds.ToString(CultureInfo.InvariantCulture)} ms",
                $"{Figures.Milliseconds(coldStart)} ms",
                coldStart is null ? null : coldStart < MaxColdStartMilliseconds),
        ];
    }
}
