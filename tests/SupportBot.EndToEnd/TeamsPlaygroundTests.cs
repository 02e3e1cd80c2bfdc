using System.Text.Json;
using Microsoft.Playwright;
using SupportBot.EndToEnd.Pages;
using SupportBot.EndToEnd.Playground;
using SupportBot.Tests.Teams;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.EndToEnd;

/// <summary>
/// SupportBot in Microsoft's Teams simulator (the M365 Agents Playground) driven in Chromium: the personal chat, a
/// group chat and a channel thread, as Fabrikam's Global admin (the page's user) and an engineer of the same company
/// (who writes through the playground's custom activities). What the bot sent is read from the page and from the
/// playground's recording; screenshots land in <see cref="TeamsPlaygroundFixture.ScreenshotFolder"/>.
/// </summary>
public sealed class TeamsPlaygroundTests(TeamsPlaygroundFixture teams, ITestOutputHelper output) : IClassFixture<TeamsPlaygroundFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private IBrowserContext? _context;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }
    }

    [Fact]
    public void Playground_Started_ListensOnLoopbackOnly()
    {
        var addresses = teams.Playground.ListeningAddresses();

        Assert.NotEmpty(addresses);
        Assert.All(addresses, address => Assert.Equal("127.0.0.1", address));
    }

    [Fact]
    public async Task PersonalChat_WelcomeCardButtonIncidentsLeftFullIdsAndTurkish_AllAnswerInPlace()
    {
        // Every page load installs the app again; the bot welcomes the personal chat once, whichever test loads first.
        var page = await OpenAsync();
        await page.OpenConversationAsync("Personal Chat");
        await teams.Playground.WaitForRecordingAsync(entry => Welcomes([entry]) > 0, Deadline);
        await page.SendAsync("menu");
        await page.WaitForTextAsync("Pick a topic, or type your question in your own words.");
        await SaveAsync(page, "personal-welcome-and-menu");

        await page.ClickButtonAsync("Incidents left and contract details");
        await page.WaitForTextAsync("You have 17 of 20 on-premises incidents left");
        await page.WaitForTextAsync("To check it in a portal");
        await SaveAsync(page, "personal-incidents-left");

        // Show full IDs (on the newest card, Signature Cloud Support) is a Universal Action: the pressed card itself
        // now shows the IDs and no longer offers them.
        var showIdsBefore = await page.Page.GetByRole(AriaRole.Button, new() { Name = "Show full IDs" }).CountAsync();
        await page.ClickButtonAsync("Show full IDs");
        await page.WaitForTextAsync("C24U9JRBC4D8");
        await Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Show full IDs" })).ToHaveCountAsync(showIdsBefore - 1);
        await SaveAsync(page, "personal-full-ids");

        await page.SendAsync("Türkçe");
        await page.SendAsync("kaç olayım kaldı?");
        await page.WaitForTextAsync("17 / 20");
        await page.WaitForTextAsync("Tam kimlikleri göster");
        await SaveAsync(page, "personal-turkish");
        await page.SendAsync("English");
        await page.WaitForTextAsync("I'll continue in English");

        var installs = InstallEventsIn(teams.Playground.Recording(), PlaygroundUsers.PersonalChat);
        page = await OpenAsync();
        await page.OpenConversationAsync("Personal Chat");
        await WaitForInstallEventsAsync(PlaygroundUsers.PersonalChat, installs + 1);
        Assert.Equal(1, Welcomes(teams.Playground.Recording()));
    }

    [Fact]
    public async Task GroupChat_IntroductionQuestionAndTwoMembers_NothingPersonalInTheChatAndEachFlowItsOwn()
    {
        var page = await OpenAsync();
        await page.OpenConversationAsync(PlaygroundUsers.GroupChatName);
        await page.WaitForTextAsync("Mention me (@SupportBot)");
        await SaveAsync(page, "group-introduction");

        // Reopening the page sends the install events again: nothing is repeated.
        var installs = InstallEventsIn(teams.Playground.Recording(), PlaygroundUsers.GroupChat);
        page = await OpenAsync();
        await page.OpenConversationAsync(PlaygroundUsers.GroupChatName);
        await WaitForInstallEventsAsync(PlaygroundUsers.GroupChat, installs + 1);

        await page.SendAsync("how many incidents do I have left?", mentionBot: true);
        await page.WaitForTextAsync("I've sent the details to our personal chat");
        await SaveAsync(page, "group-neutral-reply");

        // Alex's question waits for a card button; Sam's "on-premises" meanwhile is Sam's own request.
        await page.SendAsync("I need support", mentionBot: true);
        await Expect(page.Button("Cloud")).ToBeVisibleAsync(new() { Timeout = PlaygroundPage.WaitMilliseconds });
        await teams.Playground.SendAsAsync(PlaygroundUsers.GoldEngineer, PlaygroundUsers.GroupChat, "groupChat", "on-premises");
        await page.WaitForTextAsync("Sam Engineer");
        await page.ClickButtonAsync("Cloud");
        await Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Cloud" }).Last).ToBeDisabledAsync(new() { Timeout = PlaygroundPage.WaitMilliseconds });
        var recording = await teams.Playground.WaitForRecordingAsync(entry => IsCloudRouteFor(entry), Deadline);
        await SaveAsync(page, "group-two-members");

        await page.OpenConversationAsync("Personal Chat");
        await page.WaitForTextAsync("You have 17 of 20 on-premises incidents left");
        await SaveAsync(page, "group-details-in-personal-chat");

        Assert.Equal(1, Introductions(recording, PlaygroundUsers.GroupChat));
        var samsChat = PersonalChatOf(recording, PlaygroundUsers.GoldEngineer);
        Assert.Contains(recording, entry => entry.IsFromBot && entry.ConversationId == samsChat && entry.Json.Contains("Support for Business", StringComparison.Ordinal));
        Assert.DoesNotContain(recording, entry => entry.IsFromBot && entry.ConversationId == samsChat && entry.Json.Contains("Azure portal", StringComparison.Ordinal));
        AssertNothingPersonalIn(recording, PlaygroundUsers.GroupChat);
    }

    [Fact]
    public async Task ChannelThread_EligibilityQuestion_NeutralReplyInTheThreadAndDetailsInThePersonalChat()
    {
        var page = await OpenAsync();
        await page.OpenConversationAsync(PlaygroundUsers.ChannelName);
        await page.SendAsync("am I eligible?", mentionBot: true);
        await page.WaitForTextAsync("I've sent the details to our personal chat");
        await SaveAsync(page, "channel-thread");

        var recording = teams.Playground.Recording();
        Assert.Contains(recording, entry => entry.IsFromBot && entry.ConversationId == PlaygroundUsers.PersonalChat && entry.Json.Contains("eligib", StringComparison.OrdinalIgnoreCase));
        AssertNothingPersonalIn(recording, PlaygroundUsers.Channel);
    }

    private static int Welcomes(IEnumerable<RecordedActivity> recording)
        => recording.Count(entry => entry.IsFromBot && entry.ConversationId == PlaygroundUsers.PersonalChat && entry.Text?.StartsWith("Hi, I'm SupportBot", StringComparison.Ordinal) == true);

    private static bool IsCloudRouteFor(RecordedActivity entry)
        => entry.IsFromBot && entry.ConversationId == PlaygroundUsers.PersonalChat && entry.Json.Contains("Azure portal", StringComparison.Ordinal);

    /// <summary>Waits until the bot has answered this many install events of the conversation.</summary>
    private async Task WaitForInstallEventsAsync(string conversationId, int count)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (InstallEventsIn(teams.Playground.Recording(), conversationId) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The playground did not install the app in {conversationId} again:\n{teams.Output}");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    private static int InstallEventsIn(IEnumerable<RecordedActivity> recording, string conversationId)
        => recording.Count(entry => !entry.IsFromBot && entry.ConversationId == conversationId && entry.ActivityName == "installationUpdate");

    private static int Introductions(IEnumerable<RecordedActivity> recording, string conversationId)
        => recording.Count(entry => entry.IsFromBot && entry.ConversationId == conversationId && entry.Text?.Contains("Hi, I'm SupportBot", StringComparison.Ordinal) == true);

    /// <summary>The conversation the playground created for a member's personal chat with the bot.</summary>
    private static string PersonalChatOf(IEnumerable<RecordedActivity> recording, PlaygroundUser user)
    {
        var created = recording.Last(entry => entry.IsFromBot && entry.ActivityName == "createConversation" && entry.Json.Contains(user.Id, StringComparison.Ordinal));
        using var document = JsonDocument.Parse(created.Json);
        var body = document.RootElement.GetProperty("response").GetProperty("body");
        var response = body.ValueKind == JsonValueKind.String ? JsonDocument.Parse(body.GetString()!).RootElement.Clone() : body.Clone();
        return response.GetProperty("id").GetString()!;
    }

    /// <summary>Every recorded exchange in the shared conversation (its threads too), both ways: no personal data.</summary>
    private static void AssertNothingPersonalIn(IReadOnlyList<RecordedActivity> recording, string conversationId)
    {
        var shared = recording.Where(entry => entry.ConversationId?.Split(';')[0] == conversationId).ToList();
        Assert.Contains(shared, entry => entry.IsFromBot);
        foreach (var entry in shared)
        {
            var found = FabrikamPersonalData.FoundIn(entry.Json);
            Assert.True(found.Count == 0, $"The shared conversation got personal data ({string.Join(", ", found)}) in:\n{entry.Json}");
        }
    }

    private async Task<PlaygroundPage> OpenAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        _context = await teams.NewContextAsync();
        var browserPage = await _context.NewPageAsync();
        var page = new PlaygroundPage(browserPage);
        await page.OpenAsync(teams.Playground.BaseAddress);
        return page;
    }

    private async Task SaveAsync(PlaygroundPage page, string name)
        => output.WriteLine($"screenshot: {await page.ScreenshotAsync(TeamsPlaygroundFixture.ScreenshotFolder, name)}");
}
