using Newtonsoft.Json.Linq;

namespace SupportBot.Cards.Tests;

/// <summary>Buttons that change their card are Universal Actions in Teams and Action.Submit on every other channel.</summary>
public sealed class UniversalActionsTests
{
    private readonly CardFactory _factory = new();

    [Fact]
    public void ContractCard_ShowFullIdsAndLogIncident_AreUniversalActionsWithTheirReplyAsVerb()
    {
        var card = Bind(SampleCards.ActiveContract);

        var execute = Actions(card).Where(action => (string?)action["type"] == "Action.Execute").ToList();

        Assert.Equal(["log-incident", "show-ids"], execute.Select(action => (string?)action["verb"]));
        Assert.All(execute, action => Assert.Equal("fabrikam-product-support", (string?)action["data"]?["contractId"]));
        Assert.Equal("Action.Submit", (string?)Actions(card).Single(action => (string?)action["title"] == "Menu")["type"]);
    }

    [Fact]
    public void ContractCard_LogIncidentStarted_DisablesOnlyThatButton()
    {
        var card = Bind(SampleCards.ActiveContract with { LogIncidentStarted = true });

        var disabled = Actions(card).Where(action => action["isEnabled"]?.Value<bool>() == false).ToList();

        Assert.Equal(["Log an incident"], disabled.Select(action => (string?)action["title"]));
    }

    [Fact]
    public void PromptCard_Answered_ShowsTheAnswerAndDisablesEveryButton()
    {
        var open = Bind(SampleCards.ScopePrompt);
        var answered = Bind(SampleCards.ScopePrompt with { Answer = "Cloud" });

        Assert.All(Actions(open), action => Assert.Null(action["isEnabled"]));
        Assert.All(Actions(answered), action => Assert.False(action["isEnabled"]!.Value<bool>()));
        Assert.Contains("Cloud", answered["body"]!.Select(block => (string?)block["text"]));
        Assert.Equal(["On-premises", "Cloud"], Actions(open).Select(action => (string?)action["data"]?["reply"]));
    }

    [Fact]
    public void WithSubmitFallback_CardWithUniversalActions_TurnsEachIntoASubmitWithTheSameData()
    {
        var card = Bind(SampleCards.ActiveContract);

        var fallback = UniversalActions.WithSubmitFallback(card);

        Assert.All(Actions(fallback), action => Assert.NotEqual("Action.Execute", (string?)action["type"]));
        Assert.All(Actions(fallback), action => Assert.Null(action["verb"]));
        var showIds = Actions(fallback).Single(action => (string?)action["title"] == "Show full IDs");
        Assert.Equal("Action.Submit", (string?)showIds["type"]);
        Assert.Equal(JObject.Parse("""{"reply":"show-ids","contractId":"fabrikam-product-support"}"""), showIds["data"]);
        Assert.Equal("Action.Execute", (string?)Actions(card).Single(action => (string?)action["title"] == "Show full IDs")["type"]);
    }

    [Fact]
    public void WithSubmitFallback_CardWithoutUniversalActions_IsReturnedAsItIs()
    {
        var card = Bind(SampleCards.Menu);

        Assert.Same(card, UniversalActions.WithSubmitFallback(card));
    }

    [Theory]
    [InlineData("msteams", true)]
    [InlineData("webchat", false)]
    [InlineData("emulator", false)]
    [InlineData("directline", false)]
    [InlineData(null, false)]
    public void AreSupportedOn_Channel_OnlyTeams(string? channelId, bool expected)
        => Assert.Equal(expected, UniversalActions.AreSupportedOn(channelId));

    private JObject Bind<TData>(TData data)
        where TData : ICardData => (JObject)_factory.Create(data).Content;

    private static IEnumerable<JObject> Actions(JObject card) => card.Descendants().OfType<JObject>()
        .Where(element => ((string?)element["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true);
}
