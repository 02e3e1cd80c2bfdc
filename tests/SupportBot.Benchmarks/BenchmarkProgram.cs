using SupportBot.Benchmarks.CommandLine;
using SupportBot.Benchmarks.Driver;
using SupportBot.Benchmarks.Servers;

namespace SupportBot.Benchmarks;

/// <summary>
/// One executable, two roles. Started with <c>--serve</c> it is one of the measured servers; started
/// without it, it is the driver that launches each server as its own child process and prints figures.
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

            return await BenchmarkDriver.RunAsync(DriverOptions.Parse(args));
        }
        catch (OptionException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            await Console.Error.WriteLineAsync(DriverOptions.Usage);
            return 2;
        }
    }
}
