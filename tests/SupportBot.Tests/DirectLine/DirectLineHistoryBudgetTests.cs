using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.DirectLine;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.DirectLine;

/// <summary>
/// The history Direct Line keeps in memory is bounded by bytes (SupportBot:DirectLine:MaxHistoryBytes): past the
/// budget the conversation idle the longest is forgotten first, and a conversation over the budget on its own
/// keeps its newest activities.
/// </summary>
public sealed class DirectLineHistoryBudgetTests : IDisposable
{
    private const int Budget = 1024 * 1024;
    private const string GoldAdmin = "gold.admin@fabrikam.example";
    private static readonly string LongMessage = new('x', 200 * 1024);
    private readonly TempFolder _data = new();
    private readonly BotHost _host;
    private readonly WebApplicationFactory<Program> _factory;
    private readonly DirectLineTestClient _client;

    public DirectLineHistoryBudgetTests()
    {
        _host = new BotHost(_data.Path, DirectLineHosts.WithSecret(("SupportBot:DirectLine:MaxHistoryBytes", Budget.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        _factory = DirectLineHosts.In(_host, "Development");
        _client = new DirectLineTestClient(_factory.CreateClient());
    }

    [Fact]
    public async Task History_PastTheByteBudget_TheIdlestConversationIsForgottenFirst()
    {
        var (first, firstId) = await _client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);
        var (second, secondId) = await _client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);
        var (third, thirdId) = await _client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);
        await PostLongMessagesAsync(firstId, first, 2);
        await PostLongMessagesAsync(secondId, second, 2);
        await _client.GetActivitiesAsync(firstId, first);

        await PostLongMessagesAsync(thirdId, third, 2);

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetActivitiesAsync(secondId, second)).Status);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetActivitiesAsync(firstId, first)).Status);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetActivitiesAsync(thirdId, third)).Status);
        Assert.InRange(Store.Bytes, 1, Budget);
    }

    [Fact]
    public async Task History_OneConversationOverTheByteBudget_KeepsItsNewestActivities()
    {
        var (token, conversationId) = await _client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);

        var lastId = await PostLongMessagesAsync(conversationId, token, 7);
        var all = await _client.GetActivitiesAsync(conversationId, token);

        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.InRange(all.Body.Length, 1, Budget);
        Assert.Contains(all.Activities, activity => activity["id"]!.ToString() == lastId);
        Assert.DoesNotContain(all.Activities, activity => (activity["text"]?.ToString() ?? string.Empty).StartsWith("Hi, I'm SupportBot", StringComparison.Ordinal));
        Assert.InRange(Store.Bytes, 1, Budget);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _host.Dispose();
        _data.Dispose();
    }

    private DirectLineConversationStore Store => _factory.Services.GetRequiredService<DirectLineConversationStore>();

    private async Task<string> PostLongMessagesAsync(string conversationId, string token, int count)
    {
        var lastId = string.Empty;
        for (var i = 0; i < count; i++)
        {
            var posted = await _client.PostTextAsync(conversationId, token, LongMessage);
            Assert.Equal(HttpStatusCode.OK, posted.Status);
            lastId = posted.Json["id"]!.ToString();
        }

        return lastId;
    }
}
