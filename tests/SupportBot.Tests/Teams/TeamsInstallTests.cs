using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SupportBot.Tests.Teams;

/// <summary>Installed into a team, a group chat or a personal scope, the bot introduces itself once.</summary>
public sealed class TeamsInstallTests(TeamsHostFixture teams) : IClassFixture<TeamsHostFixture>
{
    private readonly TeamsMember _alex = TeamsMember.GoldAdmin.WithNewId();

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task InstalledInASharedConversation_BothInstallEvents_IntroduceTheBotOnceWithTheMenu(string type)
    {
        var conversation = type == "channel" ? TeamsConversation.Channel(teams.Connector) : TeamsConversation.GroupChat(teams.Connector);

        var install = await teams.PostAsync(Installation(conversation));
        var botAdded = await teams.PostAsync(BotAdded(conversation));
        var reload = await teams.PostAsync(Installation(conversation));

        Assert.Contains("Hi, I'm SupportBot", install.AllText, StringComparison.Ordinal);
        Assert.Contains("Mention me (@SupportBot)", install.AllText, StringComparison.Ordinal);
        Assert.Contains("Check eligibility", install.CardText, StringComparison.Ordinal);
        Assert.Empty(botAdded.Activities);
        Assert.Empty(reload.Activities);
        Assert.Empty(FabrikamPersonalData.FoundIn(JsonConvert.SerializeObject(install.Activities)));
    }

    [Fact]
    public async Task InstalledInAGroupChat_BothEventsAtTheSameMoment_IntroduceOnceAddressingNoOne()
    {
        var group = TeamsConversation.GroupChat(teams.Connector);

        var replies = await Task.WhenAll(teams.PostAsync(Installation(group)), teams.PostAsync(BotAdded(group)));

        var introductions = replies.SelectMany(reply => reply.Texts).Where(text => text.Contains("Hi, I'm SupportBot", StringComparison.Ordinal)).ToList();
        Assert.Single(introductions);
        Assert.DoesNotContain("<at>", introductions[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstalledInThePersonalScope_OnlyTheBotAdded_WelcomesOnce()
    {
        var personal = TeamsConversation.Personal(teams.Connector);

        var botAdded = await teams.PostAsync(BotAdded(personal));
        var install = await teams.PostAsync(Installation(personal));

        Assert.True(botAdded.AllText.Contains("Hi, I'm SupportBot", StringComparison.Ordinal), botAdded.Body);
        Assert.Contains("What would you like to do?", botAdded.CardText, StringComparison.Ordinal);
        Assert.Empty(install.Activities);
    }

    [Fact]
    public async Task GroupChat_AnotherPersonJoins_IsNotGreetedInTheChat()
    {
        var group = TeamsConversation.GroupChat(teams.Connector);
        await teams.PostAsync(Installation(group));
        var joined = group.NewActivity(ActivityTypes.ConversationUpdate, _alex, "en-US");
        joined.MembersAdded = [TeamsMember.GoldEngineer.WithNewId().Account];

        var reply = await teams.PostAsync(joined);

        Assert.Empty(reply.Activities);
    }

    private Activity Installation(TeamsConversation conversation)
    {
        var activity = conversation.NewActivity(ActivityTypes.InstallationUpdate, _alex, "en-US");
        activity.Action = "add";
        return activity;
    }

    private Activity BotAdded(TeamsConversation conversation)
    {
        var activity = conversation.NewActivity(ActivityTypes.ConversationUpdate, _alex, "en-US");
        activity.MembersAdded = [new ChannelAccount(TeamsMember.BotId, "SupportBot")];
        return activity;
    }
}
