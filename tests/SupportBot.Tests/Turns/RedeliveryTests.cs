using System.Net;
using Microsoft.Bot.Schema;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Turns;

/// <summary>
/// A redelivered activity (the same id in the same conversation) changes nothing: no state change, no booking, no
/// new prompt, whether it comes once more, twenty times at once, after a restart, or to another instance on the
/// same database. It answers no activities. A delivery whose turn failed half-way is not a handled one: its retry
/// runs in full.
/// </summary>
public sealed class RedeliveryTests : IDisposable
{
    private const string ProductPrompt = "Which product is it about?";
    private const string TitlePrompt = "Give the incident a short title";
    private readonly TempFolder _data = new();

    [Fact]
    public async Task SameActivity_PostedAgain_ChangesNothingAndAnswersNoActivities()
    {
        using var host = new BotHost(_data.Path);
        var client = host.CreateBotClient();
        await IncidentSteps.ToLogQuestionAsync(client);
        var yes = IncidentSteps.Message(client, "yes");

        var first = await client.PostAsync(yes);
        var again = await client.PostAsync(yes);
        var product = await client.SendTextAsync("Windows Server 2022");
        await client.SendTextAsync("Backup job fails every night");
        var booked = await client.SendTextAsync("B");

        Assert.Contains(ProductPrompt, first.AllText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Empty(again.Activities);
        Assert.Contains(TitlePrompt, product.AllText, StringComparison.Ordinal);
        Assert.Contains("Windows Server 2022", booked.CardText, StringComparison.Ordinal);
        Assert.Contains("16 of 20", booked.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameActivity_TwentyAtOnce_BooksOnceAndOnlyOneAnswers()
    {
        using var host = new BotHost(_data.Path);
        var client = host.CreateBotClient();
        await IncidentSteps.ToSeverityPromptAsync(client);
        var severity = IncidentSteps.Message(client, "B");

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.PostAsync(severity)));
        var left = await client.SendTextAsync("how many incidents do I have left?");

        Assert.All(replies, reply => Assert.Equal(HttpStatusCode.OK, reply.Status));
        Assert.DoesNotContain(replies, reply => reply.AllText.Contains("didn't catch that", StringComparison.Ordinal));
        AssertBookedOnce(replies, left);
    }

    [Fact]
    public async Task SameActivity_AfterRestart_ChangesNothing()
    {
        Activity yes;
        BotClient client;
        using (var before = new BotHost(_data.Path))
        {
            client = before.CreateBotClient();
            await IncidentSteps.ToLogQuestionAsync(client);
            yes = IncidentSteps.Message(client, "yes");
            Assert.Contains(ProductPrompt, (await client.PostAsync(yes)).AllText, StringComparison.Ordinal);
        }

        using var after = new BotHost(_data.Path);
        var restarted = after.CreateBotClient();
        restarted.ConversationId = client.ConversationId;
        var again = await restarted.PostAsync(yes);
        var product = await restarted.SendTextAsync("Windows Server 2022");

        Assert.Empty(again.Activities);
        Assert.Contains(TitlePrompt, product.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameActivity_TwoHostsOnOneDatabase_IsHandledOnce()
    {
        using var first = new BotHost(_data.Path);
        var one = first.CreateBotClient();
        using var second = new BotHost(_data.Path);
        var other = second.CreateBotClient();
        other.ConversationId = one.ConversationId;
        await IncidentSteps.ToSeverityPromptAsync(one);
        var severity = IncidentSteps.Message(one, "B");

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(index => (index % 2 == 0 ? one : other).PostAsync(severity)));
        var later = await other.PostAsync(severity);
        var left = await other.SendTextAsync("how many incidents do I have left?");

        Assert.Empty(later.Activities);
        AssertBookedOnce(replies, left);
    }

    [Fact]
    public async Task FailedDelivery_RetriedWithTheSameId_RunsInFull()
    {
        using var host = new BotHost(_data.Path);
        var client = host.CreateBotClient();
        await IncidentSteps.ToLogQuestionAsync(client);
        var yes = IncidentSteps.Message(client, "yes");
        yes.DeliveryMode = null;
        yes.ServiceUrl = "http://127.0.0.1:1/";

        var undelivered = await client.PostAsync(yes);
        yes.DeliveryMode = DeliveryModes.ExpectReplies;
        var retried = await client.PostAsync(yes);

        Assert.Equal(HttpStatusCode.OK, undelivered.Status);
        Assert.Contains(ProductPrompt, retried.AllText, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();

    /// <summary>Exactly one of the deliveries answered, with the booking, and the contract lost one incident.</summary>
    private static void AssertBookedOnce(IEnumerable<BotReply> replies, BotReply incidentsLeft)
    {
        var answered = Assert.Single(replies, reply => reply.Activities.Count > 0);
        Assert.StartsWith("Done: I logged the incident.", answered.AllText, StringComparison.Ordinal);
        Assert.StartsWith("You have 16 of 20 on-premises incidents left", incidentsLeft.AllText, StringComparison.Ordinal);
    }
}
