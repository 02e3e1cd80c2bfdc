using System.Net;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Http;

/// <summary>Multi-turn scenarios over HTTP: help in the middle of a prompt, and booking an incident exactly once.</summary>
public sealed class PromptScenarioTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly BotHost _host;

    public PromptScenarioTests()
    {
        _host = new BotHost(_data.Path);
    }

    [Fact]
    public async Task Help_InTheMiddleOfAPrompt_AnswersAndThePromptResumes()
    {
        var client = _host.CreateBotClient();

        var asked = await client.SendTextAsync("get support");
        var help = await client.SendTextAsync("help");
        var answered = await client.SendTextAsync("on-premises");

        Assert.Contains("on-premises product or a cloud product", asked.AllText, StringComparison.Ordinal);
        Assert.True(help.Activities.Count >= 2, help.Body);
        Assert.Contains("on-premises product or a cloud product", help.Activities[^1].Text, StringComparison.Ordinal);
        Assert.Contains("Support for Business", answered.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoggedIncident_SameActivityPostedTwice_BooksOnceAndLeaves16()
    {
        var client = _host.CreateBotClient();
        await client.SendTextAsync("get support");
        await client.SendTextAsync("on-premises");
        await client.SendTextAsync("yes");
        await client.SendTextAsync("Windows Server 2022");
        await client.SendTextAsync("Backup job fails every night");
        var severity = client.NewActivity("message");
        severity.Text = "B";

        var booked = await client.PostAsync(severity);
        var retried = await client.PostAsync(severity);
        var left = await client.SendTextAsync("how many incidents do I have left?");

        Assert.Equal(HttpStatusCode.OK, retried.Status);
        Assert.Contains("16 of 20", booked.AllText, StringComparison.Ordinal);
        Assert.StartsWith("You have 16 of 20 on-premises incidents left", left.AllText, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host.Dispose();
        _data.Dispose();
    }
}
