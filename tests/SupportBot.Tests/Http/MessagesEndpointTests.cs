using System.Net;
using System.Text;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Http;

public sealed class MessagesEndpointTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly BotHost _host;

    public MessagesEndpointTests()
    {
        _host = new BotHost(_data.Path);
    }

    [Fact]
    public async Task ConversationUpdate_NewUser_RepliesWithWelcomeAndMenuCard()
    {
        var client = _host.CreateBotClient();

        var reply = await client.SendConversationUpdateAsync();

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Contains("I'm SupportBot", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Check eligibility", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("Incidents left and contract details", reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Menu_AfterWelcome_RepliesWithMenuCardListingEveryFlow()
    {
        var client = _host.CreateBotClient();
        await client.SendConversationUpdateAsync();

        var reply = await client.SendTextAsync("menu");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var card = Assert.Single(reply.AdaptiveCards);
        var text = card.ToString();
        foreach (var flow in new[] { "Check eligibility", "Activate benefits", "Get support", "Incidents left", "already associated", "Paid support plans" })
        {
            Assert.Contains(flow, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task MalformedJson_Posted_Returns400AndLeavesConversationWorking()
    {
        var client = _host.CreateBotClient();

        using var content = new StringContent("{\"type\": \"message\", \"text\": ", Encoding.UTF8, "application/json");
        using var response = await client.Http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a JSON activity", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var next = await client.SendTextAsync("menu");
        Assert.Single(next.AdaptiveCards);
    }

    [Fact]
    public async Task ActivityWithoutConversation_Posted_Returns400NamingTheField()
    {
        var client = _host.CreateBotClient();
        var activity = client.NewActivity("message");
        activity.Text = "menu";
        activity.Conversation = null;

        var reply = await client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("conversation.id", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizeBody_Posted_Returns413AndStoresNothing()
    {
        var client = _host.CreateBotClient();
        var activity = client.NewActivity("message");
        activity.Text = new string('x', 300 * 1024);

        var reply = await client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        var first = await client.SendTextAsync("English");
        Assert.Contains("continue in English", first.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_WithDatabase_ReportsStorageHealthy()
    {
        using var http = _host.CreateClient();

        using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"storage\":\"Healthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownText_Posted_SaysSoAndShowsTheMenu()
    {
        var client = _host.CreateBotClient();

        var reply = await client.SendTextAsync("purple elephants");

        Assert.Contains("didn't catch that", reply.AllText, StringComparison.Ordinal);
        Assert.Single(reply.AdaptiveCards);
    }

    public void Dispose()
    {
        _host.Dispose();
        _data.Dispose();
    }
}
