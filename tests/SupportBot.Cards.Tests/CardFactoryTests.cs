using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using SupportBot.Cards.Templating;

namespace SupportBot.Cards.Tests;

public class CardFactoryTests
{
    private readonly CardFactory _factory = new();

    [Fact]
    public void Create_AnyCard_ReturnsAdaptiveCardAttachmentWithJObjectContent()
    {
        var attachment = _factory.Create(SampleCards.Menu);

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var card = Assert.IsType<JObject>(attachment.Content);
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("Full", (string?)card["msteams"]?["width"]);
    }

    [Fact]
    public void Create_MenuCard_SubmitsEachFlowIdAsReply()
    {
        var card = (JObject)_factory.Create(SampleCards.Menu).Content;

        var replies = card.SelectTokens("$..actions[*].data.reply").Select(reply => (string?)reply);

        Assert.Equal(["eligibility", "activate", "support", "contracts", "access-id-error", "plans"], replies);
    }

    [Fact]
    public void Create_ContractCard_SubmitsReplyAndContractReference()
    {
        var card = (JObject)_factory.Create(SampleCards.ActiveContract).Content;

        var data = card["actions"]!.Select(action => action["data"]!.ToString(Newtonsoft.Json.Formatting.None));

        Assert.Equal(
            [
                """{"reply":"log-incident","contractId":"fabrikam-product-support"}""",
                """{"reply":"show-ids","contractId":"fabrikam-product-support"}""",
                """{"reply":"menu","contractId":"fabrikam-product-support"}""",
            ],
            data);
    }

    [Fact]
    public void Create_ContractCardWithoutShowFullIds_LeavesThatButtonOut()
    {
        var card = (JObject)_factory.Create(SampleCards.UsedUpContract).Content;

        Assert.Equal(["log-incident", "menu"], card["actions"]!.Select(action => (string?)action["data"]!["reply"]));
    }

    [Theory]
    [InlineData(ContractStatus.Active, "Good")]
    [InlineData(ContractStatus.Expired, "Attention")]
    [InlineData(ContractStatus.UsedUp, "Warning")]
    public void Create_ContractCardStatus_ShowsStatusTextInItsColour(ContractStatus status, string colour)
    {
        var card = (JObject)_factory.Create(SampleCards.ActiveContract with { Status = status, StatusText = "status-text" }).Content;

        var statusBlock = Assert.Single(card.SelectTokens("$..items[?(@.text == 'status-text')]"));
        Assert.Equal(colour, (string?)statusBlock["color"]);
    }

    [Fact]
    public void Create_ContractCardWithoutRecentIncidents_LeavesTheListOut()
    {
        var card = (JObject)_factory.Create(SampleCards.UsedUpContract).Content;

        Assert.DoesNotContain("Son olaylar", card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UserTitleWithExpressionSyntax_AppearsVerbatim()
    {
        var card = (JObject)_factory.Create(SampleCards.IncidentBooked).Content;

        Assert.Contains(card.SelectTokens("$..facts[*].value"), value => (string?)value == "Cluster ${node} won't \"fail over\"");
    }

    [Fact]
    public void Create_EligibilityCard_MarksPassedAndFailedChecks()
    {
        var card = (JObject)_factory.Create(SampleCards.CspAgentEligibility).Content;

        var marks = card.SelectTokens("$.body[*].columns[0].items[*].text")
            .Select(text => (string?)text)
            .Where(text => text is "✓" or "✗");

        Assert.Equal(["✗", "✓", "✗"], marks);
    }

    [Fact]
    public void Create_DataMissingARequiredValue_ThrowsNamingThePath()
    {
        var incomplete = SampleCards.PendingActivation with { Status = null! };

        var error = Assert.Throws<TemplateBindingException>(() => _factory.Create(incomplete));

        Assert.Contains("status.label", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SameTemplateTwice_DoesNotShareContent()
    {
        var first = (JObject)_factory.Create(SampleCards.Menu).Content;
        first["body"]![0]!["text"] = "changed";

        var second = (JObject)_factory.Create(SampleCards.Menu).Content;

        Assert.Equal("How can I help?", (string?)second["body"]![0]!["text"]);
    }

    [Theory]
    [InlineData(CardTemplate.Menu)]
    [InlineData(CardTemplate.Contract)]
    [InlineData(CardTemplate.Eligibility)]
    [InlineData(CardTemplate.IncidentConfirmation)]
    [InlineData(CardTemplate.SupportPlans)]
    [InlineData(CardTemplate.Activation)]
    [InlineData(CardTemplate.Prompt)]
    [InlineData(CardTemplate.NextSteps)]
    public void TemplateLibrary_EveryTemplate_IsEmbeddedUnderItsLogicalName(CardTemplate template)
    {
        var names = typeof(CardFactory).Assembly.GetManifestResourceNames();

        Assert.Contains(CardTemplateLibrary.ResourceName(template), names);
        Assert.Equal("AdaptiveCard", (string?)CardTemplateLibrary.Shared.Get(template)["type"]);
    }

    [Fact]
    public void AddSupportCards_Registered_ResolvesOneSharedFactory()
    {
        using var provider = new ServiceCollection().AddSupportCards().AddSupportCards().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<CardFactory>(), provider.GetRequiredService<CardFactory>());
    }
}
