using SupportBot.Benchmarks.CommandLine;
using SupportBot.Benchmarks.DirectLineMemory;
using SupportBot.Benchmarks.Driver;
using SupportBot.Benchmarks.Servers;

namespace SupportBot.Benchmarks;

/// <summary>
/// One executable, three roles. Started with <c>--serve</c> it is one of the measured servers; with
/// <c>--measure directline-memory</c> it measures Direct Line's memory; otherwise it is the driver that launches
/// each server as its own child process and prints figures.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            if (ServeOptions.IsServeCommand(args))
            {
                return await ServerHost.RunAsync(ServeOptions.Parse(args));
            }

            if (DirectLineMemoryOptions.IsCommand(args))
            {
                return await DirectLineMemoryRun.RunAsync(DirectLineMemoryOptions.Parse(args));
            }

            return await BenchmarkDriver.RunAsync(DriverOptions.Parse(args));
        }
        catch (OptionException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            await Console.Error.WriteLineAsync(DirectLineMemoryOptions.IsCommand(args) ? DirectLineMemoryOptions.Usage : DriverOptions.Usage);
            return 2;
        }
    }
}
