using System.Diagnostics;
using System.Globalization;
using SupportBot.Benchmarks.Measurements;

namespace SupportBot.Benchmarks.Driver;

/// <summary>
/// Drives one load phase: <see cref="LevelPlan.Concurrency"/> workers, each running whole scripted
/// conversations one after another, each conversation with its own id. A failed turn is recorded and
/// ends its conversation (the turns after it would only measure the failure again).
/// </summary>
public static class LoadRunner
{
    public static async Task<LevelResult> RunAsync(
        HttpClient http,
        IReadOnlyList<ScriptedTurn> script,
        LevelPlan plan,
        string phaseName,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var client = new TurnClient(http);
        var failures = new FailureLog();
        var allocatedBefore = await BenchmarkHttp.ReadAllocatedBytesAsync(http, cancellationToken);

        var started = Stopwatch.GetTimestamp();
        var dispenser = new ConversationDispenser(plan.Conversations, plan.TimeLimit);
        var conversationPrefix = $"bench-{phaseName}-{Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..8]}";
        var workers = Enumerable.Range(0, plan.Concurrency)
            .Select(_ => Task.Run(() => RunWorkerAsync(client, script, dispenser, failures, conversationPrefix, cancellationToken), cancellationToken))
            .ToArray();
        var latencies = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);

        // A server that died during the phase cannot say what it allocated; the phase's failures are kept all the same.
        long? allocatedAfter;
        try
        {
            allocatedAfter = await BenchmarkHttp.ReadAllocatedBytesAsync(http, cancellationToken);
        }
        catch (HttpRequestException)
        {
            allocatedAfter = null;
        }

        var allLatencies = latencies.SelectMany(list => list).ToList();
        return new LevelResult(
            plan.Concurrency,
            dispenser.Started,
            allLatencies.Count,
            elapsed,
            LatencyStatistics.From(allLatencies),
            failures,
            allocatedAfter - allocatedBefore,
            dispenser.StoppedByTimeLimit);
    }

    private static async Task<List<double>> RunWorkerAsync(
        TurnClient client,
        IReadOnlyList<ScriptedTurn> script,
        ConversationDispenser dispenser,
        FailureLog failures,
        string conversationPrefix,
        CancellationToken cancellationToken)
    {
        var latencies = new List<double>();
        while (dispenser.TryTake(out var number))
        {
            var conversationId = $"{conversationPrefix}-{number.ToString(CultureInfo.InvariantCulture)}";
            for (var turnIndex = 0; turnIndex < script.Count; turnIndex++)
            {
                var outcome = await client.SendAsync(script[turnIndex], conversationId, cancellationToken);
                latencies.Add(outcome.Latency.TotalMilliseconds);
                if (!outcome.Succeeded)
                {
                    failures.Record(
                        $"turn {turnIndex + 1} ({script[turnIndex]}): {outcome.Problem}",
                        $"conversation {conversationId}: {outcome.Detail}");
                    break;
                }
            }
        }

        return latencies;
    }
}
