using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Retention;
using SupportBot.Storage;
using SupportBot.Tests.DirectLine;
using SupportBot.Tests.Support;
using SupportBot.Turns;

namespace SupportBot.Tests.Retention;

/// <summary>
/// Stored state expires on a clock the test moves: a conversation's flow 30 days after its last turn, the user's
/// language after a year, the record of handled activity ids after a week. The sweep runs in the background.
/// </summary>
public sealed class RetentionTests : IDisposable
{
    private const string GoldAdmin = "gold.admin@fabrikam.example";
    private readonly TempFolder _data = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly BotHost _host;
    private readonly WebApplicationFactory<Program> _factory;

    public RetentionTests()
    {
        _host = new BotHost(_data.Path);
        _factory = DirectLineHosts.In(_host, "Development", _time);
    }

    [Fact]
    public async Task Clock_PastTheConversationRetention_TheBackgroundSweepForgetsTheFlow()
    {
        var idle = Client();
        await IncidentSteps.ToLogQuestionAsync(idle);

        _time.Advance(TimeSpan.FromDays(31));
        await WaitUntilAsync(async () => (await StateAsync(ConversationKey(idle))) is null);
        var yes = await idle.SendTextAsync("yes");

        Assert.Contains("didn't catch that", yes.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_AfterThirtyOneDays_KeepsRecentConversationsAndTheUsersLanguage()
    {
        var idle = Client();
        await IncidentSteps.ToLogQuestionAsync(idle);
        var recent = Client();
        await IncidentSteps.ToLogQuestionAsync(recent);
        await Client().SendTextAsync("English");
        _time.Advance(TimeSpan.FromDays(20));
        await recent.SendTextAsync("help");

        _time.Advance(TimeSpan.FromDays(11));
        await Retention.SweepAsync(CancellationToken.None);
        var idleYes = await idle.SendTextAsync("yes");
        var recentYes = await recent.SendTextAsync("yes");

        Assert.Contains("didn't catch that", idleYes.AllText, StringComparison.Ordinal);
        Assert.Contains("Which product is it about?", recentYes.AllText, StringComparison.Ordinal);
        Assert.NotNull(await StateAsync($"emulator/users/{GoldAdmin}"));
    }

    [Fact]
    public async Task Sweep_AfterAYearWithoutTurns_DeletesTheUsersPreferences()
    {
        await Client().SendTextAsync("English");

        _time.Advance(TimeSpan.FromDays(366));
        await Retention.SweepAsync(CancellationToken.None);

        Assert.Null(await StateAsync($"emulator/users/{GoldAdmin}"));
    }

    [Fact]
    public async Task Sweep_ThousandsOfIdleConversations_DeletesThemAllInBatches()
    {
        var storage = _factory.Services.GetRequiredService<SqliteStorage>();
        for (var batch = 0; batch < 5; batch++)
        {
            await storage.WriteAsync(Enumerable.Range(0, 500).ToDictionary(
                index => $"emulator/conversations/idle-{batch}-{index}",
                _ => (object)new Dictionary<string, object> { ["DialogState"] = "stale" }));
        }

        _time.Advance(TimeSpan.FromDays(31));
        await Retention.SweepAsync(CancellationToken.None);

        using var connection = storage.Database.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM bot_state WHERE key LIKE 'emulator/conversations/idle-%';";
        Assert.Equal(0L, (long)count.ExecuteScalar()!);
    }

    [Fact]
    public async Task Sweep_AfterAWeek_ForgetsHandledActivityIds()
    {
        var client = Client();
        var menu = IncidentSteps.Message(client, "menu");
        await client.PostAsync(menu);
        var log = _factory.Services.GetRequiredService<IHandledActivityLog>();
        var key = new ActivityKey("emulator", client.ConversationId, menu.Id);
        Assert.True(await log.WasHandledAsync(key, CancellationToken.None));

        _time.Advance(TimeSpan.FromDays(8));
        await Retention.SweepAsync(CancellationToken.None);

        Assert.False(await log.WasHandledAsync(key, CancellationToken.None));
    }

    public void Dispose()
    {
        _factory.Dispose();
        _host.Dispose();
        _data.Dispose();
    }

    private RetentionService Retention => _factory.Services.GetRequiredService<RetentionService>();

    private static string ConversationKey(BotClient client) => $"emulator/conversations/{client.ConversationId}";

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The background sweep did not run within 15 seconds.");
            await Task.Delay(50);
        }
    }

    private BotClient Client() => new(_factory.CreateClient());

    private async Task<object?> StateAsync(string key)
        => (await _factory.Services.GetRequiredService<IStorage>().ReadAsync([key])).TryGetValue(key, out var value) ? value : null;
}
