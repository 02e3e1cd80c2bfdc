using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using SupportBot.Benchmarks.Driver;
using SupportBot.Benchmarks.Measurements;
using SupportBot.Benchmarks.Servers;

namespace SupportBot.Benchmarks.Report;

/// <summary>Prints the figures of a run as plain aligned text tables, then the targets and every failure.</summary>
public static class ReportPrinter
{
    public static void Print(TextWriter writer, DriverOptions options, RunConditions conditions, IReadOnlyList<ServerResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(results);
        PrintSetting(writer, options, conditions);
        PrintSampleConversation(writer, results.FirstOrDefault(result => result.Kind == ServerKind.SupportBot));
        PrintLevels(writer, results);
        PrintServers(writer, results);
        var supportBot = results.FirstOrDefault(result => result.Kind == ServerKind.SupportBot);
        var echo = results.FirstOrDefault(result => result.Kind == ServerKind.Echo);
        PrintRatios(writer, options, supportBot, echo);
        PrintTargets(writer, supportBot, echo);
        PrintProblems(writer, results);
    }

    private static void PrintSetting(TextWriter writer, DriverOptions options, RunConditions conditions)
    {
        var configuration = typeof(ReportPrinter).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        writer.WriteLine();
        writer.WriteLine("SupportBot benchmarks");
        writer.WriteLine($"  machine: {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {configuration} build, {(GCSettings.IsServerGC ? "server" : "workstation")} GC");
        writer.WriteLine($"  servers: each in its own process on 127.0.0.1, {options.EnvironmentName} environment, logging at Warning");
        writer.WriteLine($"  supportbot script: {ConversationScript.Describe(options.SupportBotScript)}");
        writer.WriteLine($"  echo and bare script: {ConversationScript.Describe(ConversationScript.PlainMessagesLike(options.SupportBotScript))}");
        var levels = string.Join(", ", options.Levels.Select(level => $"c={level.Concurrency}: {level.Conversations} conversations"));
        writer.WriteLine($"  levels: {levels}; a level starts no conversation after {options.Levels[0].TimeLimit.TotalSeconds:0} s");
        writer.WriteLine($"  warm-up (not measured): {options.WarmUp.TimeLimit.TotalSeconds:0} s of conversations at c={options.WarmUp.Concurrency} on each server");
        writer.WriteLine("  every turn is checked: HTTP 200 and at least one reply activity; a failed turn ends its conversation");
        writer.WriteLine($"  run took {conditions.Duration.TotalSeconds:0} s; load average (1/5/15 min) at start: {conditions.LoadAverageAtStart ?? Figures.NotMeasured}, at end: {conditions.LoadAverageAtEnd ?? Figures.NotMeasured}");
        writer.WriteLine("  (the driver and the servers share the machine's cores: a load above the core count means other work was running too)");
        if (configuration != "Release")
        {
            writer.WriteLine("  WARNING: not a Release build; run with -c Release for figures worth comparing");
        }
    }

    private static void PrintSampleConversation(TextWriter writer, ServerResult? supportBot)
    {
        if (supportBot is null || supportBot.SampleConversation.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("One supportbot conversation of the script, unmeasured (what every measured conversation does)");
        foreach (var line in supportBot.SampleConversation)
        {
            writer.WriteLine($"  {line}");
        }
    }

    private static void PrintLevels(TextWriter writer, IReadOnlyList<ServerResult> results)
    {
        var table = new TextTable("server", "c", "conversations", "turns", "turns/s", "p50 ms", "p99 ms", "max ms", "failures", "alloc B/turn", "time-limited");
        foreach (var result in results)
        {
            foreach (var level in result.Levels)
            {
                table.AddRow(
                    result.Kind.Name(),
                    Figures.Count(level.Concurrency),
                    Figures.Count(level.Conversations),
                    Figures.Count(level.Turns),
                    Figures.Rate(level.TurnsPerSecond),
                    Figures.Milliseconds(level.Latency.P50Milliseconds),
                    Figures.Milliseconds(level.Latency.P99Milliseconds),
                    Figures.Milliseconds(level.Latency.MaxMilliseconds),
                    Figures.Count(level.Failures.Count),
                    Figures.Bytes(level.AllocatedBytesPerTurn),
                    level.StoppedByTimeLimit ? "yes" : "no");
            }
        }

        writer.WriteLine();
        writer.WriteLine("Throughput and latency per turn, by concurrency");
        table.WriteTo(writer);
    }

    private static void PrintServers(TextWriter writer, IReadOnlyList<ServerResult> results)
    {
        var table = new TextTable("server", "cold start ms", "first launch ms", "peak RSS MB", "alloc B/turn", "state B/conversation", "conversations", "state rows (conv/user)");
        foreach (var result in results)
        {
            var state = result.State;
            table.AddRow(
                result.Kind.Name(),
                Figures.Milliseconds(result.ColdStart),
                Figures.Milliseconds(result.FirstLaunch),
                Figures.Megabytes(result.PeakRssMegabytes),
                Figures.Bytes(result.AllocatedBytesPerTurn),
                state is null ? Figures.NotMeasured : Figures.Bytes(state.BytesPerConversation(result.ConversationsDriven)),
                Figures.Count(result.ConversationsDriven),
                state is null ? Figures.NotMeasured : $"{Figures.Count(state.ConversationRows)}/{Figures.Count(state.UserRows)}");
        }

        writer.WriteLine();
        writer.WriteLine("Per server (cold start: process start to first answered activity, on the measured launch;");
        writer.WriteLine("first launch: the same on an earlier, unmeasured launch that warms the OS file cache and the driver; alloc B/turn over all levels;");
        writer.WriteLine("state: bytes of conversation and user state rows / conversations driven, incl. cold start and warm-up)");
        table.WriteTo(writer);
    }

    private static void PrintRatios(TextWriter writer, DriverOptions options, ServerResult? supportBot, ServerResult? echo)
    {
        var table = new TextTable("supportbot / echo", "ratio");
        foreach (var plan in options.Levels)
        {
            var ours = supportBot?.Level(plan.Concurrency)?.TurnsPerSecond;
            var theirs = echo?.Level(plan.Concurrency)?.TurnsPerSecond;
            table.AddRow($"throughput at c={plan.Concurrency}", Figures.Ratio(ours / theirs));
        }

        table.AddRow("allocated bytes per turn", Figures.Ratio(supportBot?.AllocatedBytesPerTurn / echo?.AllocatedBytesPerTurn));
        writer.WriteLine();
        table.WriteTo(writer);
    }

    private static void PrintTargets(TextWriter writer, ServerResult? supportBot, ServerResult? echo)
    {
        var table = new TextTable("target", "measured", "verdict");
        foreach (var check in Targets.Evaluate(supportBot, echo))
        {
            table.AddRow(check.Target, check.Measured, check.Verdict);
        }

        writer.WriteLine();
        table.WriteTo(writer);
    }

    private static void PrintProblems(TextWriter writer, IReadOnlyList<ServerResult> results)
    {
        writer.WriteLine();
        var total = results.Sum(result => result.Failures);
        writer.WriteLine(total == 0 ? "Failed turns: none" : $"Failed turns: {Figures.Count(total)}");
        foreach (var result in results)
        {
            PrintFailures(writer, result.Kind, "warm-up", result.WarmUp);
            foreach (var level in result.Levels)
            {
                PrintFailures(writer, result.Kind, $"c={level.Concurrency}", level);
            }

            if (result.Error is not null)
            {
                writer.WriteLine($"  {result.Kind.Name()}: RUN STOPPED: {result.Error}");
            }

            if (result.ServerOutputLines > 0)
            {
                writer.WriteLine($"  {result.Kind.Name()} wrote {Figures.Count(result.ServerOutputLines)} line(s) of warnings or errors; the first {result.ServerOutput.Count}:");
                foreach (var line in result.ServerOutput)
                {
                    writer.WriteLine($"    | {line}");
                }
            }
        }
    }

    private static void PrintFailures(TextWriter writer, ServerKind kind, string phase, LevelResult? level)
    {
        if (level is null || level.Failures.Count == 0)
        {
            return;
        }

        foreach (var group in level.Failures.Groups)
        {
            writer.WriteLine($"  {kind.Name()} {phase}: {Figures.Count(group.Count)} x {group.Problem}");
            writer.WriteLine($"      first: {group.FirstSeen}");
        }
    }
}
