using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using static SupportBot.Dialogs.Tests.Conversations.Replies;

namespace SupportBot.Dialogs.Tests.Conversations.Flows;

public sealed class ContractDetailsDialogTests : IAsyncLifetime
{
    private const string GoldAdmin = "gold.admin@fabrikam.example";
    private const string GoldEngineer = "gold.engineer@fabrikam.example";
    private const string FullAccessId = "R9NBTN9A7F3A";
    private const string FullContractId = "U2A65UZF91C2";
    private const string FullCloudAccessId = "C24U9JRBC4D8";

    private ConversationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task IncidentsLeft_GoldAdminInEnglish_AnswersWithFiguresThenOneMaskedCardPerContract()
    {
        await _harness.Conversation(GoldAdmin)
            .Send("how many incidents do I have left?")
            .AssertReply(reply => Assert.Equal("You have 17 of 20 on-premises incidents left, and unlimited cloud incidents.", Text(reply)))
            .AssertReply(reply =>
            {
                var card = CardText(reply);
                Assert.Contains("Microsoft Product Support", card, StringComparison.Ordinal);
                Assert.Contains("Active", card, StringComparison.Ordinal);
                Assert.Contains("17 of 20", card, StringComparison.Ordinal);
                Assert.Contains("3 of 20", card, StringComparison.Ordinal);
                Assert.Contains("May 24, 2026", card, StringComparison.Ordinal);
                Assert.Contains("May 24, 2027", card, StringComparison.Ordinal);
                Assert.Contains("Cluster node fails to rejoin after patching", card, StringComparison.Ordinal);
                Assert.Contains("Availability group listener times out", card, StringComparison.Ordinal);
                Assert.Contains("Mail flow stops after certificate renewal", card, StringComparison.Ordinal);
                Assert.Contains("••••••••7F3A", card, StringComparison.Ordinal);
                Assert.Contains("••••••••91C2", card, StringComparison.Ordinal);
                Assert.Contains("Only a Global admin or MPN partner admin", card, StringComparison.Ordinal);
                Assert.Contains("Show full IDs", card, StringComparison.Ordinal);
                AssertNoFullIds(reply);
                Assert.Equal("fabrikam-product-support", SubmitData(reply, "log-incident")["contractId"]?.ToString());
                Assert.Contains("https://support.serviceshub.microsoft.com/supportforbusiness/create", OpenUrls(reply));
            })
            .AssertReply(reply =>
            {
                Assert.Contains("Signature Cloud Support", CardText(reply), StringComparison.Ordinal);
                Assert.Contains("Unlimited", CardText(reply), StringComparison.Ordinal);
                AssertNoFullIds(reply);
            })
            .AssertReply(reply => Assert.Contains("only Support for Business shows it", Text(reply), StringComparison.Ordinal))
            .AssertNoReply()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("kaç olayım kaldı?")]
    [InlineData("kac olayim kaldi")]
    public async Task IncidentsLeft_GoldAdminInTurkish_GivesTheSameFiguresInTurkish(string question)
    {
        await _harness.Conversation(GoldAdmin, "tr-TR")
            .Send(question)
            .AssertReply(reply => Assert.Equal("20 şirket içi olayınızdan 17 tanesi kaldı; bulut olaylarınız sınırsız.", Text(reply)))
            .AssertReply(reply =>
            {
                var card = CardText(reply);
                Assert.Contains("Microsoft Ürün Desteği (şirket içi)", card, StringComparison.Ordinal);
                Assert.Contains("17 / 20", card, StringComparison.Ordinal);
                Assert.Contains("24 Mayıs 2026", card, StringComparison.Ordinal);
                Assert.Contains("Erişim Kimliği", card, StringComparison.Ordinal);
                Assert.Contains("••••••••7F3A", card, StringComparison.Ordinal);
                AssertNoFullIds(reply);
            })
            .AssertReply(reply => Assert.Contains("Sınırsız", CardText(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains("Support for Business", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task ShowFullIds_TypedByGlobalAdmin_ShowsEveryContractWithFullIds()
    {
        await _harness.Conversation(GoldAdmin)
            .Send("show full IDs")
            .AssertReply(reply => Assert.Contains("Keep them secret", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply =>
            {
                Assert.Contains(FullAccessId, CardText(reply), StringComparison.Ordinal);
                Assert.Contains(FullContractId, CardText(reply), StringComparison.Ordinal);
                Assert.DoesNotContain("Show full IDs", CardText(reply), StringComparison.Ordinal);
            })
            .AssertReply(reply => Assert.Contains(FullCloudAccessId, CardText(reply), StringComparison.Ordinal))
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task ShowFullIds_CardButtonInTurkish_ShowsOnlyThatContractInFull()
    {
        await _harness.Conversation(GoldAdmin, "tr-TR")
            .Send(CardSubmit("show-ids", "fabrikam-product-support", "tr-TR"))
            .AssertReply(reply => Assert.Contains("Gizli tutun", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains(FullContractId, CardText(reply), StringComparison.Ordinal))
            .AssertNoReply()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("show full IDs")]
    [InlineData("{\"reply\":\"show-ids\",\"contractId\":\"fabrikam-product-support\"}")]
    public async Task ShowFullIds_EngineerWithoutAdminRole_IsToldWhoCanAndSeesNoIds(string message)
    {
        var activity = message.StartsWith('{') ? new Activity(ActivityTypes.Message) { Value = JObject.Parse(message) } : MessageFactoryText(message);
        await _harness.Conversation(GoldEngineer)
            .Send(activity)
            .AssertReply(reply =>
            {
                Assert.Contains("Only a Global admin or MPN partner admin", Text(reply), StringComparison.Ordinal);
                Assert.Contains("Alex Gold (Fabrikam)", Text(reply), StringComparison.Ordinal);
                AssertNoFullIds(reply);
            })
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task IncidentsLeft_Engineer_SeesMaskedIdsAndNoShowFullIdsButton()
    {
        await _harness.Conversation(GoldEngineer)
            .Send("incidents left")
            .AssertReply(reply => Assert.StartsWith("You have 17 of 20", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply =>
            {
                Assert.Contains("••••••••91C2", CardText(reply), StringComparison.Ordinal);
                Assert.DoesNotContain("Show full IDs", CardText(reply), StringComparison.Ordinal);
                AssertNoFullIds(reply);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ShowFullIds_TamperedCardNamingAnotherPartnersContract_IsRefusedAndShowsNothing()
    {
        await _harness.Conversation(GoldAdmin)
            .Send(CardSubmit("show-ids", "tailspin-product-support"))
            .AssertReply(reply =>
            {
                Assert.Contains("doesn't belong to your company", Text(reply), StringComparison.Ordinal);
                Assert.Empty(Replies.Cards(reply));
                Assert.DoesNotContain("S7792BCRE73W", Everything(reply), StringComparison.Ordinal);
            })
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task IncidentsLeft_SilverHybridWithUsedUp5pack_SaysSoAndOffersPlans()
    {
        await _harness.Conversation("silver.hybrid@tailspin.example")
            .Send("how many incidents are left")
            .AssertReply(reply => Assert.Equal(
                "You have 15 of 15 on-premises incidents left, and no cloud incidents left (all 5 used).", Text(reply)))
            .AssertReply(reply => Assert.Contains("Active", CardText(reply), StringComparison.Ordinal))
            .AssertReply(reply =>
            {
                Assert.Contains("Signature 5pack", CardText(reply), StringComparison.Ordinal);
                Assert.Contains("Used up", CardText(reply), StringComparison.Ordinal);
                Assert.Contains("0 of 5", CardText(reply), StringComparison.Ordinal);
            })
            .AssertReply(_ => { })
            .AssertReply(reply => Assert.Contains("Paid support plans", SuggestedActions(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task IncidentsLeft_ExpiredContracts_SaysTheyExpired()
    {
        await _harness.Conversation("gold.expired@wingtip.example")
            .Send("incidents left")
            .AssertReply(reply =>
            {
                Assert.Contains("no on-premises incidents (the contract expired on", Text(reply), StringComparison.Ordinal);
                Assert.Contains("no cloud incidents (the contract expired on", Text(reply), StringComparison.Ordinal);
            })
            .AssertReply(reply => Assert.Contains("Expired", CardText(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task IncidentsLeft_ActionPack_HasOnPremisesOnly()
    {
        await _harness.Conversation("actionpack.admin@contoso.example")
            .Send("incidents left")
            .AssertReply(reply => Assert.Equal("You have 10 of 10 on-premises incidents left, and no cloud support.", Text(reply)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("csp.agent@litware.example")]
    [InlineData("new.user@adatum.example")]
    [InlineData("silver.partneradmin@northwind.example")]
    public async Task IncidentsLeft_NoContracts_SaysSoAndOffersEligibilityAndActivation(string user)
    {
        await _harness.Conversation(user)
            .Send("incidents left")
            .AssertReply(reply =>
            {
                Assert.Contains("no support contracts", Text(reply), StringComparison.Ordinal);
                Assert.Contains("Check eligibility", SuggestedActions(reply));
                Assert.Empty(Replies.Cards(reply));
            })
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task IncidentsLeft_UnknownUser_IsToldTheAccountIsUnknown()
    {
        await _harness.Conversation("someone@unknown.example")
            .Send("incidents left")
            .AssertReply(reply => Assert.Contains("can't find your account", Text(reply), StringComparison.Ordinal))
            .AssertNoReply()
            .StartTestAsync();
    }

    internal static Activity CardSubmit(string reply, string contractKey, string locale = "en-US")
        => new(ActivityTypes.Message) { Locale = locale, Value = new JObject { ["reply"] = reply, ["contractId"] = contractKey } };

    internal static JObject SubmitData(IActivity reply, string replyId) => Replies.Cards(reply)
        .SelectMany(card => card.Descendants().OfType<JObject>())
        .Where(node => node["type"]?.ToString() == "Action.Submit" && node["data"]?["reply"]?.ToString() == replyId)
        .Select(node => (JObject)node["data"]!)
        .Single();

    internal static IReadOnlyList<string> OpenUrls(IActivity reply) => [.. Replies.Cards(reply)
        .SelectMany(card => card.Descendants().OfType<JObject>())
        .Where(node => node["type"]?.ToString() == "Action.OpenUrl")
        .Select(node => node["url"]!.ToString())];

    private static Activity MessageFactoryText(string text) => new(ActivityTypes.Message) { Text = text };

    private static void AssertNoFullIds(IActivity reply)
    {
        var everything = Everything(reply) + string.Join("\n", Replies.Cards(reply).Select(card => card.ToString()));
        foreach (var secret in new[] { FullAccessId, FullContractId, FullCloudAccessId, "GA9J8FF85E07" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }
}
