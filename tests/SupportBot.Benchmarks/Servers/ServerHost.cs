using SupportBot.Benchmarks.Servers.Echo;

namespace SupportBot.Benchmarks.Servers;

/// <summary>Runs one server until it is killed, stopped with Ctrl+C, or (when asked) its driver goes away.</summary>
public static class ServerHost
{
    public static async Task<int> RunAsync(ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var app = options.Kind switch
        {
            ServerKind.SupportBot => SupportBotServer.Build(options),
            ServerKind.Echo => EchoServer.Build(options),
            ServerKind.Bare => BareServer.Build(options),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Kind, null),
        };

        if (options.ExitWithStdin)
        {
            StopWhenStdinCloses(app);
        }

        await app.RunAsync();
        return 0;
    }

    // The driver holds this process's standard input open. If the driver dies without killing its
    // children (SIGKILL, a crash), the pipe closes and the server stops instead of lingering on its port.
    private static void StopWhenStdinCloses(WebApplication app)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                await using var input = Console.OpenStandardInput();
                var buffer = new byte[256];
                while (await input.ReadAsync(buffer) > 0)
                {
                }
            }
            finally
            {
                app.Lifetime.StopApplication();
            }
        });
    }
}
