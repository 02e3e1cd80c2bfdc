using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Teams;

/// <summary>One bot host and one recording connector per test class (Teams users are found by their Entra ids in every environment).</summary>
public sealed class TeamsHostFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _data = new();
    private BotHost? _host;
    private RecordingConnector? _connector;

    public RecordingConnector Connector => _connector ?? throw new InvalidOperationException("Not started.");

    public BotClient Client => (_host ?? throw new InvalidOperationException("Not started.")).CreateBotClient();

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _host = new BotHost(_data.Path);
    }

    /// <summary>Posts one Teams activity; the replies of an expectReplies turn are in the answer, the rest at the connector.</summary>
    public Task<BotReply> PostAsync(Activity activity) => Client.PostAsync(activity);

    /// <summary>Posts an invoke and reads Teams' invoke answer: the HTTP status and the JSON body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> InvokeAsync(Activity activity)
    {
        using var http = (_host ?? throw new InvalidOperationException("Not started.")).CreateClient();
        using var content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _host?.Dispose();
        _data.Dispose();
    }
}
