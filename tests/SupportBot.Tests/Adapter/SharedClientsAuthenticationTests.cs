using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using SupportBot.Adapter;

namespace SupportBot.Tests.Adapter;

public sealed class SharedClientsAuthenticationTests : IDisposable
{
    private readonly SharedClientsAuthentication _authentication =
        new(new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()));

    [Fact]
    public async Task ConnectorClient_TwoTurnsToTheSameServiceUrl_IsBuiltOnceAndSurvivesTheTurnsDispose()
    {
        var first = await ConnectorForTurnAsync("http://localhost:1/");
        first.Dispose();
        var second = await ConnectorForTurnAsync("http://localhost:1/");

        Assert.Same(Inner(first), Inner(second));
        Assert.Equal(new Uri("http://localhost:1/"), second.BaseUri);
        Assert.NotNull(second.Conversations);
    }

    [Fact]
    public async Task ConnectorClient_AnotherServiceUrl_GetsItsOwnClient()
    {
        var first = await ConnectorForTurnAsync("http://localhost:1/");
        var second = await ConnectorForTurnAsync("http://localhost:2/");

        Assert.NotSame(Inner(first), Inner(second));
        Assert.Equal(new Uri("http://localhost:2/"), second.BaseUri);
    }

    [Fact]
    public async Task ConnectorClient_MoreServiceUrlsThanTheCacheHolds_StillServesEveryTurn()
    {
        for (var port = 1; port <= 256; port++)
        {
            await ConnectorForTurnAsync($"http://localhost:{port}/");
        }

        using var overflow = await ConnectorForTurnAsync("http://localhost:9999/");

        Assert.IsNotType<SharedConnectorClient>(overflow);
        Assert.Equal(new Uri("http://localhost:9999/"), overflow.BaseUri);
    }

    [Fact]
    public async Task UserTokenClient_TwoTurns_IsBuiltOnce()
    {
        var identity = (await _authentication.AuthenticateRequestAsync(Activity("http://localhost:1/"), string.Empty, CancellationToken.None)).ClaimsIdentity;

        var first = await _authentication.CreateUserTokenClientAsync(identity, CancellationToken.None);
        first.Dispose();
        var second = await _authentication.CreateUserTokenClientAsync(identity, CancellationToken.None);

        Assert.Same(((SharedUserTokenClient)first).Inner, ((SharedUserTokenClient)second).Inner);
    }

    public void Dispose() => _authentication.Dispose();

    private static object Inner(Microsoft.Bot.Connector.IConnectorClient client) => ((SharedConnectorClient)client).Inner;

    private static Activity Activity(string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "emulator",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount(id: "c1"),
        From = new ChannelAccount("u1"),
    };

    private async Task<Microsoft.Bot.Connector.IConnectorClient> ConnectorForTurnAsync(string serviceUrl)
    {
        var result = await _authentication.AuthenticateRequestAsync(Activity(serviceUrl), string.Empty, CancellationToken.None);
        return await result.ConnectorFactory.CreateAsync(serviceUrl, result.Audience, CancellationToken.None);
    }
}
