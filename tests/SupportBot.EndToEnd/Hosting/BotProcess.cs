using System.Diagnostics;

namespace SupportBot.EndToEnd.Hosting;

/// <summary>
/// The built bot as a real process: Development environment, a free 127.0.0.1 port, its own temporary data folder
/// (fresh sample data, no state from earlier runs). Its output is kept for failure messages.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private readonly ChildProcess _process;
    private readonly string _dataFolder;

    private BotProcess(ChildProcess process, string dataFolder, Uri baseAddress)
    {
        _process = process;
        _dataFolder = dataFolder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output => _process.Output;

    public static async Task<BotProcess> StartAsync()
    {
        var assembly = RepositoryPaths.BotAssembly;
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"The bot is not built: {assembly} is missing.");
        }

        var baseAddress = new Uri($"http://127.0.0.1:{ChildProcess.FreePort()}");
        var dataFolder = Directory.CreateTempSubdirectory("supportbot-e2e-").FullName;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.BotProjectFolder };
        foreach (var argument in new[] { assembly, "--urls", baseAddress.ToString(), $"--SupportBot:DataFolder={dataFolder}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var bot = new BotProcess(ChildProcess.Start(start), dataFolder, baseAddress);
        await bot._process.WaitUntilAnsweringAsync(new Uri(baseAddress, "/healthz"), StartDeadline, "The bot", () => bot.Output);
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
