using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Teams;

/// <summary>
/// Teams group chats and channels: nothing personal is posted there, the details go to the person's personal chat,
/// each member has their own dialog, questions are card buttons, and the language is the message's own.
/// </summary>
public sealed class SharedConversationTests(TeamsHostFixture teams) : IClassFixture<TeamsHostFixture>
{
    private readonly TeamsMember _alex = TeamsMember.GoldAdmin.WithNewId();
    private readonly TeamsMember _sam = TeamsMember.GoldEngineer.WithNewId();

    [Fact]
    public async Task GroupChat_IncidentsLeftQuestion_PostsANeutralMentionAndTheContractsOnlyInThePersonalChat()
    {
        var group = TeamsConversation.GroupChat(teams.Connector);

        var reply = await teams.PostAsync(_alex.Message(group, "how many incidents do I have left?"));

        AssertNothingPersonal(reply);
        var notice = Assert.Single(reply.Activities);
        Assert.Equal("<at>Alex Gold</at>, I've sent the details to our personal chat.", notice.Text);
        Assert.Contains(notice.GetMentions(), mention => mention.Mentioned.Id == _alex.Id);
        var personal = teams.Connector.MessagesIn(RecordingConnector.PersonalChatOf(_alex.Id));
        Assert.Contains(personal, message => message.Text?.StartsWith("You have 17 of 20 on-premises incidents left", StringComparison.Ordinal) == true);
        Assert.Contains(personal, message => JsonConvert.SerializeObject(message).Contains("Cluster node fails to rejoin after patching", StringComparison.Ordinal));
        var created = teams.Connector.CreatedConversations.Last(parameters => parameters.Members.Single().Id == _alex.Id);
        Assert.Equal(_alex.AadObjectId, created.Members.Single().AadObjectId);
        Assert.Equal(TeamsMember.FabrikamTenant, created.TenantId);
        Assert.False(created.IsGroup);
    }

    [Fact]
    public async Task GroupChat_ShowFullIds_NeverPostsTheIdsInTheChat()
    {
        var group = TeamsConversation.GroupChat(teams.Connector);

        var reply = await teams.PostAsync(_alex.Message(group, "show full IDs"));

        AssertNothingPersonal(reply);
        var personal = JsonConvert.SerializeObject(teams.Connector.MessagesIn(RecordingConnector.PersonalChatOf(_alex.Id)));
        Assert.Contains("R9NBTN9A7F3A", personal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channel_EligibilityQuestion_AnswersInThePersonalChatOnly()
    {
        var channel = TeamsConversation.Channel(teams.Connector);

        var reply = await teams.PostAsync(_sam.Message(channel, "am I eligible?"));

        AssertNothingPersonal(reply);
        Assert.Contains("personal chat", Assert.Single(reply.Activities).Text, StringComparison.Ordinal);
        Assert.NotEmpty(teams.Connector.MessagesIn(RecordingConnector.PersonalChatOf(_sam.Id)));
    }

    [Fact]
    public async Task GroupChat_GetSupport_AsksWithCardButtonsThatReachTheBotWithoutAMention()
    {
        var group = TeamsConversation.GroupChat(teams.Connector);

        var reply = await teams.PostAsync(_alex.Message(group, "I need support"));

        var question = Assert.Single(reply.Activities);
        Assert.Null(question.SuggestedActions);
        Assert.StartsWith("<at>Alex Gold</at>", question.Text, StringComparison.Ordinal);
        var card = Assert.Single(reply.AdaptiveCards);
        var buttons = card.Descendants().OfType<JObject>().Where(element => (string?)element["type"] == "Action.Execute").ToList();
        Assert.Equal(["On-premises", "Cloud"], buttons.Select(button => (string?)button["title"]));
    }

    [Fact]
    public async Task GroupChat_AnswerWithNextSteps_OffersThemAsCardButtonsNotSuggestedActions()
    {
        var group = TeamsConversation.GroupChat(teams.Connector);

        var reply = await teams.PostAsync(_alex.Message(group, "compare paid support plans"));

        Assert.All(reply.Activities, activity => Assert.Null(activity.SuggestedActions));
        var buttons = reply.AdaptiveCards.SelectMany(card => card.Descendants().OfType<JObject>())
            .Where(element => (string?)element["type"] == "Action.Submit" && element["data"]?["reply"] is not null)
            .Select(element => (string?)element["data"]!["reply"]);
        Assert.Contains("menu", buttons);
    }

    [Fact]
    public async Task GroupChat_TwoMembersAnswerAtOnce_EachAnswerContinuesOnlyItsOwnFlow()
    {
        var group = TeamsConversation.GroupChat(teams.Connector);
        await teams.PostAsync(_alex.Message(group, "I need support"));

        // Sam's "on-premises" is Sam's own request, not the answer to Alex's open question.
        var samsReply = await teams.PostAsync(_sam.Message(group, "on-premises"));
        var alexsReply = await teams.PostAsync(_alex.Submit(group, new { reply = "Cloud" }));

        AssertNothingPersonal(samsReply);
        AssertNothingPersonal(alexsReply);
        var samsChat = JsonConvert.SerializeObject(teams.Connector.MessagesIn(RecordingConnector.PersonalChatOf(_sam.Id)));
        var alexsChat = JsonConvert.SerializeObject(teams.Connector.MessagesIn(RecordingConnector.PersonalChatOf(_alex.Id)));
        Assert.Contains("Support for Business", samsChat, StringComparison.Ordinal);
        Assert.Contains("Azure portal", alexsChat, StringComparison.Ordinal);
        Assert.DoesNotContain("Support for Business", alexsChat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupChat_MemberChoseTurkishInTheirPersonalChat_GroupRepliesFollowTheMessageLocale()
    {
        var personal = TeamsConversation.Personal(teams.Connector);
        await teams.PostAsync(_sam.Message(personal, "Türkçe"));
        var group = TeamsConversation.GroupChat(teams.Connector);

        var english = await teams.PostAsync(_sam.Message(group, "help"));
        var turkish = await teams.PostAsync(_sam.Message(group, "yardım", locale: "tr-TR"));

        Assert.Contains("menu", english.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("menü", english.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("menü", turkish.AllText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GroupChat_PersonalChatRefused_SaysHowToOpenItAndPostsNothingPersonal()
    {
        var stranger = _alex.WithNewId();
        teams.Connector.Refused[stranger.Id] = true;
        var group = TeamsConversation.GroupChat(teams.Connector);

        var reply = await teams.PostAsync(stranger.Message(group, "how many incidents do I have left?"));

        AssertNothingPersonal(reply);
        Assert.Contains("Open a chat with SupportBot", Assert.Single(reply.Activities).Text, StringComparison.Ordinal);
        Assert.Empty(teams.Connector.MessagesIn(RecordingConnector.PersonalChatOf(stranger.Id)));
    }

    [Fact]
    public async Task GroupChat_PersonalChatRefusesTheMessages_SaysHowToOpenItInsteadOfClaimingTheyWereSent()
    {
        var blocking = _alex.WithNewId();
        teams.Connector.Refused[blocking.Id] = false;
        var group = TeamsConversation.GroupChat(teams.Connector);

        var reply = await teams.PostAsync(blocking.Message(group, "how many incidents do I have left?"));

        AssertNothingPersonal(reply);
        var notice = Assert.Single(reply.Activities).Text;
        Assert.Contains("Open a chat with SupportBot", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("I've sent", notice, StringComparison.Ordinal);
    }

    private static void AssertNothingPersonal(BotReply reply)
    {
        Assert.NotEmpty(reply.Activities);
        foreach (var activity in reply.Activities)
        {
            var found = FabrikamPersonalData.FoundIn(JsonConvert.SerializeObject(activity));
            Assert.True(found.Count == 0, $"The shared conversation got personal data ({string.Join(", ", found)}): {activity.Text}");
        }
    }
}
