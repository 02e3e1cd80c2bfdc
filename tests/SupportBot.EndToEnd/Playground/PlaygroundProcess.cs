using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using SupportBot.EndToEnd.Hosting;

namespace SupportBot.EndToEnd.Playground;

/// <summary>
/// Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>, installed by tests/run.sh with
/// <c>npm ci</c> in js/) as a real process: Teams channel, the bot's <c>/api/messages</c>, its own connector
/// endpoint, events recording on, telemetry off, no browser of its own, and bound to 127.0.0.1 only (loopback.cjs).
/// It runs in a temporary folder holding its config, its log and its recording.
/// </summary>
internal sealed class PlaygroundProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private readonly ChildProcess _process;
    private readonly string _folder;

    private PlaygroundProcess(ChildProcess process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public string RecordingFile => Path.Combine(_folder, "recording.log");

    /// <summary>What the playground printed, and its log file (where it writes everything when its output is not a terminal).</summary>
    public string Output
    {
        get
        {
            var log = Path.Combine(_folder, "playground.log");
            return _process.Output + (File.Exists(log) ? ReadShared(log) : string.Empty);
        }
    }

    public static async Task<PlaygroundProcess> StartAsync(Uri bot)
    {
        var js = Path.Combine(RepositoryPaths.Root, "tests", "SupportBot.EndToEnd", "js");
        var cli = Path.Combine(js, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"{cli} is missing: tests/run.sh installs the playground (npm ci in {js}).");
        }

        var folder = Directory.CreateTempSubdirectory("supportbot-playground-").FullName;
        var config = Path.Combine(folder, ".m365agentsplayground.yml");
        await File.WriteAllTextAsync(config, PlaygroundUsers.ConfigYaml());
        var port = ChildProcess.FreePort();
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder };
        string[] arguments =
        [
            "--require", Path.Combine(js, "loopback.cjs"), cli,
            "--port", port.ToString(CultureInfo.InvariantCulture),
            "--app-endpoint", new Uri(bot, "/api/messages").ToString(),
            "--channel-id", "msteams",
            "--service-url", $"http://127.0.0.1:{port}/_connector",
            "--enable-events-recording",
            "--disable-telemetry",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = config;
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(folder, "playground.log");
        start.Environment["M365_AGENTS_PLAYGROUND_RECORDING_FILE"] = Path.Combine(folder, "recording.log");
        var playground = new PlaygroundProcess(ChildProcess.Start(start), folder, port);
        await playground._process.WaitUntilAnsweringAsync(
            new Uri(playground.BaseAddress, "/_debug/ping"), StartDeadline, "The playground", () => playground.Output);
        return playground;
    }

    /// <summary>Everything the playground recorded so far, in order: what it sent the bot and what the bot sent it.</summary>
    public IReadOnlyList<RecordedActivity> Recording()
        => File.Exists(RecordingFile) ? RecordedActivity.ParseAll(ReadShared(RecordingFile)) : [];

    /// <summary>
    /// A message from another member of a shared conversation, @mentioning the bot, sent through the playground's
    /// custom activity route (the page only types as its current user). The bot's replies come back through the
    /// playground's connector like any others.
    /// </summary>
    public async Task SendAsAsync(PlaygroundUser user, string conversationId, string conversationType, string text)
    {
        var activity = new
        {
            type = "message",
            id = Guid.NewGuid().ToString(),
            timestamp = DateTimeOffset.UtcNow,
            channelId = "msteams",
            serviceUrl = $"http://127.0.0.1:{Port}/_connector",
            from = new { id = user.Id, name = user.Name, aadObjectId = user.AadObjectId },
            recipient = new { id = PlaygroundUsers.BotId, name = "SupportBot" },
            conversation = new { id = conversationId, isGroup = true, conversationType, tenantId = PlaygroundUsers.FabrikamTenant },
            text = $"<at>SupportBot</at> {text}",
            textFormat = "plain",
            locale = "en-US",
            entities = new object[]
            {
                new { type = "mention", mentioned = new { id = PlaygroundUsers.BotId, name = "SupportBot" }, text = "<at>SupportBot</at>" },
            },
            channelData = new { tenant = new { id = PlaygroundUsers.FabrikamTenant } },
        };
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var response = await http.PostAsJsonAsync(new Uri("/_internal/v1/customActivities", UriKind.Relative), activity);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The recording once it holds an entry that <paramref name="until"/> accepts.</summary>
    public async Task<IReadOnlyList<RecordedActivity>> WaitForRecordingAsync(Func<RecordedActivity, bool> until, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var recording = Recording();
            if (recording.Any(until))
            {
                return recording;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The playground recorded nothing of the kind within {timeout.TotalSeconds} s:\n{Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>The addresses the playground's port listens on, from the kernel's socket tables.</summary>
    public IReadOnlyList<string> ListeningAddresses() => ListeningSockets.On(Port);

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
