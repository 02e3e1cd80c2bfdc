using System.Net;
using Newtonsoft.Json.Linq;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Teams;

/// <summary>
/// Universal Actions in Teams: Action.Execute sends an <c>adaptiveCard/action</c> invoke, answered with 200 and the
/// card that replaces the pressed one; elsewhere the same buttons are Action.Submit.
/// </summary>
public sealed class UniversalActionTests(TeamsHostFixture teams) : IClassFixture<TeamsHostFixture>
{
    private const string ProductSupport = "fabrikam-product-support";
    private readonly TeamsMember _alex = TeamsMember.GoldAdmin.WithNewId();

    [Fact]
    public async Task ShowFullIds_PressedOnTheContractCard_ReplacesTheCardWithTheFullIdsAndNoButtonToShowThem()
    {
        var personal = TeamsConversation.Personal(teams.Connector);

        var (status, body) = await teams.InvokeAsync(_alex.CardAction(personal, "show-ids", new { reply = "show-ids", contractId = ProductSupport }));

        Assert.Equal(HttpStatusCode.OK, status);
        var response = JObject.Parse(body);
        Assert.Equal(200, (int?)response["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response["type"]);
        var card = response["value"]!.ToString();
        Assert.Contains("R9NBTN9A7F3A", card, StringComparison.Ordinal);
        Assert.Contains("U2A65UZF91C2", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Show full IDs", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogIncident_PressedOnTheContractCard_DisablesThatButtonAndAsksForTheProduct()
    {
        var personal = TeamsConversation.Personal(teams.Connector);

        var (status, body) = await teams.InvokeAsync(_alex.CardAction(personal, "log-incident", new { reply = "log-incident", contractId = ProductSupport }));

        Assert.Equal(HttpStatusCode.OK, status);
        var logButton = ((JObject)JObject.Parse(body)["value"]!).Descendants().OfType<JObject>().Single(element => (string?)element["title"] == "Log an incident");
        Assert.False(logButton["isEnabled"]!.Value<bool>());
        var asked = teams.Connector.MessagesIn(personal.Id);
        Assert.Contains(asked, message => message.Text?.Contains("product", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task AnswerButton_PressedOnAQuestionCardInAGroupChat_MarksTheQuestionAnsweredAndSendsTheRoutePrivately()
    {
        var group = TeamsConversation.GroupChat(teams.Connector);
        await teams.PostAsync(_alex.Message(group, "I need support"));

        var (status, body) = await teams.InvokeAsync(_alex.CardAction(group, "On-premises", new { reply = "On-premises" }));

        Assert.Equal(HttpStatusCode.OK, status);
        var card = (JObject)JObject.Parse(body)["value"]!;
        Assert.Contains("On-premises", card["body"]!.Select(block => (string?)block["text"]));
        Assert.All(
            card.Descendants().OfType<JObject>().Where(element => (string?)element["type"] == "Action.Execute"),
            button => Assert.False(button["isEnabled"]!.Value<bool>()));
        Assert.Empty(FabrikamPersonalData.FoundIn(body + string.Join('\n', teams.Connector.MessagesIn(group.Id).Select(message => message.Text))));
        Assert.NotEmpty(teams.Connector.MessagesIn(RecordingConnector.PersonalChatOf(_alex.Id)));
    }

    [Fact]
    public async Task CardAction_NotAnActionExecute_Answers400WithTheDocumentedErrorBody()
    {
        var personal = TeamsConversation.Personal(teams.Connector);
        var invoke = _alex.CardAction(personal, "show-ids", new { reply = "show-ids" });
        invoke.Value = JObject.FromObject(new { action = new { type = "Action.Submit", data = new { reply = "show-ids" } } });

        var (status, body) = await teams.InvokeAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/vnd.microsoft.error", (string?)JObject.Parse(body)["type"]);
    }

    [Fact]
    public async Task ContractCard_OnTheEmulator_HasOnlyActionSubmitButtons()
    {
        var client = teams.Client;

        var reply = await client.SendTextAsync("how many incidents do I have left?");

        var types = reply.AdaptiveCards.SelectMany(card => card.Descendants().OfType<JObject>())
            .Select(element => (string?)element["type"]).Where(type => type?.StartsWith("Action.", StringComparison.Ordinal) == true).ToList();
        Assert.Contains("Action.Submit", types);
        Assert.DoesNotContain("Action.Execute", types);
    }

    [Fact]
    public async Task ContractCard_InTeams_ShowFullIdsIsAUniversalAction()
    {
        var personal = TeamsConversation.Personal(teams.Connector);

        var reply = await teams.PostAsync(_alex.Message(personal, "how many incidents do I have left?"));

        var showIds = reply.AdaptiveCards.SelectMany(card => card.Descendants().OfType<JObject>())
            .First(element => (string?)element["title"] == "Show full IDs");
        Assert.Equal("Action.Execute", (string?)showIds["type"]);
        Assert.Equal("show-ids", (string?)showIds["verb"]);
    }
}
