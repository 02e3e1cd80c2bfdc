using System.Diagnostics;
using System.Runtime.InteropServices;
using SupportBot.Benchmarks.Measurements;
using SupportBot.Benchmarks.Report;
using SupportBot.Benchmarks.Servers;

namespace SupportBot.Benchmarks.Driver;

/// <summary>
/// Runs every server's benchmark in turn, then prints the report. A server that fails does not stop the
/// others; Ctrl+C or SIGTERM stops the run, and every child is killed either way.
/// </summary>
public static class BenchmarkDriver
{
    public static async Task<int> RunAsync(DriverOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var cancellation = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => StopGracefully(signal, cancellation));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => StopGracefully(signal, cancellation));

        var started = Stopwatch.GetTimestamp();
        var loadAtStart = MachineLoad.Read();
        var results = new List<ServerResult>();
        foreach (var kind in options.Servers)
        {
            var result = new ServerResult(kind);
            results.Add(result);
            try
            {
                await ServerBenchmark.RunAsync(options, result, cancellation.Token);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                result.Error = "interrupted";
                break;
            }
#pragma warning disable CA1031 // Whatever broke one server's run is reported and the next server still runs.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                result.Error = $"{exception.GetType().Name}: {exception.Message}";
                Console.Error.WriteLine($"[{kind.Name()}] stopped: {result.Error}");
            }
        }

        var conditions = new RunConditions(loadAtStart, MachineLoad.Read(), Stopwatch.GetElapsedTime(started));
        ReportPrinter.Print(Console.Out, options, conditions, results);
        return results.Any(result => result.Error is not null || result.Failures > 0) ? 1 : 0;
    }

    private static void StopGracefully(PosixSignalContext signal, CancellationTokenSource cancellation)
    {
        // Let the finally blocks kill the children instead of the runtime exiting under them.
        signal.Cancel = true;
        cancellation.Cancel();
    }
}
