using System.Diagnostics;
using System.Globalization;
using SupportBot.Benchmarks.Driver;
using SupportBot.Benchmarks.Report;
using SupportBot.Benchmarks.Servers;

namespace SupportBot.Benchmarks.DirectLineMemory;

/// <summary>
/// Measures what Direct Line history costs the SupportBot process: starts the real host in its own process on
/// 127.0.0.1 (Development, no secret), reads its resident memory, then runs phases of new conversations with full
/// histories and reads it again after each, with the store's history bytes and the live managed heap after a full
/// collection. Memory that stays flat from phase to phase is memory that is bounded.
/// </summary>
public static class DirectLineMemoryRun
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(DirectLineMemoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var data = new TempDataFolder();
        var port = FreePort.Next();
        using var child = ChildServer.Start(new ServeOptions(ServerKind.SupportBot, port, data.Path, ServeOptions.DefaultEnvironment, ExitWithStdin: true));
        using var http = BenchmarkHttp.CreateClient(port, options.Concurrency);
        http.Timeout = TimeSpan.FromMinutes(2);
        await WaitUntilHealthyAsync(child, http);

        var table = new TextTable("after", "conversations kept", "history MB", "live heap MB", "RSS MB", "peak RSS MB", "seconds");
        await AddRowAsync(table, "start-up", child, http, TimeSpan.Zero);
        var load = new DirectLineLoad(http);
        for (var phase = 1; phase <= options.Phases; phase++)
        {
            var started = Stopwatch.GetTimestamp();
            await load.RunAsync(options.Conversations, options.Posts, options.Concurrency, CancellationToken.None);
            var label = string.Create(CultureInfo.InvariantCulture, $"phase {phase}: +{options.Conversations} x {options.Posts} posts");
            await AddRowAsync(table, label, child, http, Stopwatch.GetElapsedTime(started));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Direct Line memory: SupportBot in Development, {options.Phases} phases of {options.Conversations} conversations x {options.Posts} questions (contract card answers), {options.Concurrency} at a time"));
        table.WriteTo(Console.Out);
        return 0;
    }

    private static async Task AddRowAsync(TextTable table, string label, ChildServer child, HttpClient http, TimeSpan elapsed)
    {
        var footprint = await http.GetFromJsonAsync<DirectLineFootprint>(new Uri(BenchmarkRoutes.DirectLine, UriKind.Relative))
            ?? throw new InvalidOperationException("The server did not report its Direct Line store.");
        table.AddRow(
            label,
            footprint.Conversations.ToString(CultureInfo.InvariantCulture),
            Megabytes(footprint.HistoryBytes),
            Megabytes(footprint.LiveHeapBytes),
            child.ReadRssMegabytes()?.ToString("0", CultureInfo.InvariantCulture) ?? "n/a",
            child.ReadPeakRssMegabytes()?.ToString("0", CultureInfo.InvariantCulture) ?? "n/a",
            elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture));
    }

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);

    private static async Task WaitUntilHealthyAsync(ChildServer child, HttpClient http)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (child.HasExited)
            {
                throw new ServerStartException($"SupportBot exited with code {child.ExitCode.ToString(CultureInfo.InvariantCulture)} before it was healthy:\n{string.Join("\n", child.Output.FirstLines)}");
            }

            try
            {
                using var health = await http.GetAsync(new Uri("healthz", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (Stopwatch.GetElapsedTime(started) > StartDeadline)
            {
                throw new ServerStartException($"SupportBot was not healthy within {StartDeadline.TotalSeconds:0} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
