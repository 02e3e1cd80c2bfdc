using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using SupportBot.Benefits.Accounts;
using SupportBot.Benefits.Contracts;
using static SupportBot.Dialogs.Tests.Conversations.Flows.ContractDetailsDialogTests;
using static SupportBot.Dialogs.Tests.Conversations.Replies;

namespace SupportBot.Dialogs.Tests.Conversations.Flows;

public sealed class GetSupportDialogTests : IAsyncLifetime
{
    private const string GoldAdmin = "gold.admin@fabrikam.example";
    private const string SupportForBusiness = "https://support.serviceshub.microsoft.com/supportforbusiness/create";

    private ConversationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task GetSupport_GoldAdminOnPremisesAndLogs_ShowsWhereToOpenAndLeaves16()
    {
        await _harness.Conversation(GoldAdmin)
            .Send("get support")
            .AssertReply(reply =>
            {
                Assert.Contains("on-premises product or a cloud product", Text(reply), StringComparison.Ordinal);
                Assert.Equal(["On-premises", "Cloud"], SuggestedActions(reply));
            })
            .Send("On-premises")
            .AssertReply(reply =>
            {
                Assert.Contains("Support for Business", Text(reply), StringComparison.Ordinal);
                Assert.Contains(SupportForBusiness, LinkUrls(reply));
            })
            .AssertReply(reply => Assert.Contains("already linked to your account", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains("Log the incident here too?", Text(reply), StringComparison.Ordinal))
            .Send("yes")
            .AssertReply(reply => Assert.Contains("Which product", Text(reply), StringComparison.Ordinal))
            .Send("Windows Server 2022")
            .AssertReply(reply => Assert.Contains("short title", Text(reply), StringComparison.Ordinal))
            .Send("Backup job fails every night")
            .AssertReply(reply => Assert.Contains("A – Critical: business stopped", SuggestedActions(reply)))
            .Send("B")
            .AssertReply(reply =>
            {
                Assert.Equal("Done: I logged the incident. You have 16 of 20 on-premises incidents left.", Text(reply));
                Assert.Contains("16 of 20", CardText(reply), StringComparison.Ordinal);
                Assert.Contains("Backup job fails every night", CardText(reply), StringComparison.Ordinal);
                Assert.Contains("B – High: work badly affected", CardText(reply), StringComparison.Ordinal);
                Assert.DoesNotContain("U2A65UZF91C2", CardText(reply), StringComparison.Ordinal);
            })
            .AssertNoReply()
            .Send("how many incidents do I have left?")
            .AssertReply(reply => Assert.StartsWith("You have 16 of 20 on-premises incidents left", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task GetSupport_GoldAdminInTurkishWithoutDiacritics_LogsAndAnswersInTurkish()
    {
        await _harness.Conversation(GoldAdmin, "tr-TR")
            .Send("destek al")
            .AssertReply(reply => Assert.Contains("şirket içi bir üründe mi", Text(reply), StringComparison.Ordinal))
            .Send("sirket ici")
            .AssertReply(reply => Assert.Contains("Support for Business (İş için Destek)", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains("zaten bağlı", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains("burada da kaydedeyim mi", Text(reply), StringComparison.Ordinal))
            .Send("evet")
            .AssertReply(reply => Assert.Contains("Hangi ürün", Text(reply), StringComparison.Ordinal))
            .Send("SQL Server 2019")
            .AssertReply(reply => Assert.Contains("kısa bir başlık", Text(reply), StringComparison.Ordinal))
            .Send("Yedekleme her gece başarısız")
            .AssertReply(reply => Assert.Contains("Önem derecesi", Text(reply), StringComparison.Ordinal))
            .Send("kritik")
            .AssertReply(reply =>
            {
                Assert.Equal("Tamam, olayı kaydettim. 20 şirket içi olayınızdan 16 tanesi kaldı.", Text(reply));
                Assert.Contains("16 / 20", CardText(reply), StringComparison.Ordinal);
                Assert.Contains("A – Kritik: iş durdu", CardText(reply), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task LogIncident_SameConfirmingActivityDeliveredTwice_BooksOnceAndStillLeaves16()
    {
        await ConversationKeepingActivityIds(GoldAdmin)
            .Send("get support").AssertReply(_ => { })
            .Send("on-premises").AssertReply(_ => { }).AssertReply(_ => { }).AssertReply(_ => { })
            .Send(Message("yes", "confirm-activity-1")).AssertReply(_ => { })
            .Send("Exchange Server 2019").AssertReply(_ => { })
            .Send("Mailbox move stalls").AssertReply(_ => { })
            .Send("C")
            .AssertReply(reply => Assert.Contains("16 of 20", Text(reply), StringComparison.Ordinal))
            .Send("get support").AssertReply(_ => { })
            .Send("on-premises").AssertReply(_ => { }).AssertReply(_ => { }).AssertReply(_ => { })
            .Send(Message("yes", "confirm-activity-1")).AssertReply(_ => { })
            .Send("Exchange Server 2019").AssertReply(_ => { })
            .Send("Mailbox move stalls").AssertReply(_ => { })
            .Send("C")
            .AssertReply(reply =>
            {
                Assert.Equal(
                    "That incident was already logged, so I didn't count it again. You have 16 of 20 on-premises incidents left.",
                    Text(reply));
                Assert.Contains("16 of 20", CardText(reply), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task LogIncidentButton_OnOwnContractCard_GoesStraightToLogging()
    {
        await _harness.Conversation(GoldAdmin)
            .Send(CardSubmit("log-incident", "fabrikam-product-support"))
            .AssertReply(reply => Assert.Contains("Which product", Text(reply), StringComparison.Ordinal))
            .Send("Windows Server 2019").AssertReply(_ => { })
            .Send("Cluster validation warns about storage").AssertReply(_ => { })
            .Send("minimal")
            .AssertReply(reply => Assert.Contains("16 of 20", CardText(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task LogIncidentButton_TamperedWithAnotherPartnersContract_IsRefusedAndBooksNothing()
    {
        await _harness.Conversation(GoldAdmin)
            .Send(CardSubmit("log-incident", "tailspin-product-support"))
            .AssertReply(reply => Assert.Contains("doesn't belong to your company", Text(reply), StringComparison.Ordinal))
            .AssertNoReply()
            .StartTestAsync();

        var tailspin = await _harness.Services.GetRequiredService<IAccountDirectory>().FindBySignInNameAsync("silver.hybrid@tailspin.example");
        var contracts = await _harness.Services.GetRequiredService<IContractService>().GetContractsAsync(tailspin!);
        Assert.Equal(15, contracts.Single(summary => summary.Contract.Key == "tailspin-product-support").Remaining);
    }

    [Fact]
    public async Task LogIncidentButton_UsedUpPack_IsRefusedWithPlans()
    {
        await _harness.Conversation("silver.hybrid@tailspin.example")
            .Send(CardSubmit("log-incident", "tailspin-signature-5pack")).AssertReply(_ => { })
            .Send("Azure SQL Database").AssertReply(_ => { })
            .Send("Geo-replication lag").AssertReply(_ => { })
            .Send("A")
            .AssertReply(reply =>
            {
                Assert.Contains("has no incidents left (all 5 used)", Text(reply), StringComparison.Ordinal);
                Assert.Contains("Premier Support for Partners", CardText(reply), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "I need cloud support", "Action Pack includes no cloud support", "Premier Support for Partners")]
    [InlineData("tr-TR", "bulut desteği istiyorum", "Action Pack (Eylem Paketi) bulut desteği", "Premier Support for Partners")]
    public async Task CloudSupport_ActionPack_LearnsThereIsNoneAndSeesThePlans(string locale, string question, string expected, string plan)
    {
        await _harness.Conversation("actionpack.admin@contoso.example", locale)
            .Send(question)
            .AssertReply(reply =>
            {
                Assert.Contains(expected, Text(reply), StringComparison.Ordinal);
                Assert.Contains(plan, CardText(reply), StringComparison.Ordinal);
            })
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task CloudSupport_SilverHybridWithUsedUp5pack_IsToldAndSeesThePlans()
    {
        await _harness.Conversation("silver.hybrid@tailspin.example")
            .Send("get support").AssertReply(_ => { })
            .Send("cloud")
            .AssertReply(reply =>
            {
                Assert.Contains("Signature 5pack has no incidents left (all 5 used)", Text(reply), StringComparison.Ordinal);
                Assert.Contains("Advanced Support for Partners", CardText(reply), StringComparison.Ordinal);
            })
            .AssertNoReply()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "cloud", "Your cloud contract expired on")]
    [InlineData("tr-TR", "bulut", "Bulut sözleşmenizin süresi")]
    public async Task GetSupport_ExpiredContracts_SaysExpiredAndShowsThePlans(string locale, string scope, string expected)
    {
        await _harness.Conversation("gold.expired@wingtip.example", locale)
            .Send("get support").AssertReply(_ => { })
            .Send(scope)
            .AssertReply(reply =>
            {
                Assert.Contains(expected, Text(reply), StringComparison.Ordinal);
                Assert.NotEmpty(Replies.Cards(reply));
            })
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task CloudSupport_CspAdminAgent_GetsTheCspPlanAndTheAdminAgentPath()
    {
        await _harness.Conversation("csp.agent@litware.example")
            .Send("azure support")
            .AssertReply(reply => Assert.Contains("\"You are not authorized for this action\"", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply =>
            {
                Assert.Contains("CSP > Customers > pick the customer > Service Management > New request", Text(reply), StringComparison.Ordinal);
                Assert.Contains("\"Cloud Solution Provider\" support plan", Text(reply), StringComparison.Ordinal);
                Assert.Contains("https://partner.microsoft.com/commerce/customers/list", LinkUrls(reply));
            })
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task GetSupport_NotActivatedPartnerAdmin_IsOfferedActivation()
    {
        await _harness.Conversation("silver.partneradmin@northwind.example")
            .Send("on-premises support")
            .AssertReply(reply =>
            {
                Assert.Contains("aren't activated yet", Text(reply), StringComparison.Ordinal);
                Assert.Contains("Activate benefits", SuggestedActions(reply));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task GetSupport_NoMembership_QuotesThePortalAndShowsThePlans()
    {
        await _harness.Conversation("new.user@adatum.example")
            .Send("on-premises support")
            .AssertReply(reply =>
            {
                Assert.Contains("\"Looks like you don't have any benefits yet\"", Text(reply), StringComparison.Ordinal);
                Assert.Contains("Premier Support for Partners", CardText(reply), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task GetSupport_EngineerFirstUse_IsToldWhoHasTheIds()
    {
        await _harness.Conversation("gold.engineer@fabrikam.example")
            .Send("I need on-premises support")
            .AssertReply(reply => Assert.Contains(SupportForBusiness, LinkUrls(reply)))
            .AssertReply(reply =>
            {
                Assert.Contains("you need the Access ID and Contract ID", Text(reply), StringComparison.Ordinal);
                Assert.Contains("Alex Gold (Fabrikam)", Text(reply), StringComparison.Ordinal);
            })
            .AssertReply(reply => Assert.Contains("Log the incident here too?", Text(reply), StringComparison.Ordinal))
            .Send("no")
            .AssertReply(reply => Assert.Contains("I won't log it here", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_AtTheScopePrompt_ExplainsTheStepAndAsksAgain()
    {
        await _harness.Conversation(GoldAdmin)
            .Send("get support")
            .AssertReply(_ => { })
            .Send("help")
            .AssertReply(reply => Assert.Contains("Pick On-premises for products you install", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Equal(["On-premises", "Cloud"], SuggestedActions(reply)))
            .Send("cloud")
            .AssertReply(reply => Assert.Contains("Help + support > Support plans > \"Link support benefits\"", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Title_TooLongThenHelp_RetriesWithTheLimitAndExplains()
    {
        await _harness.Conversation(GoldAdmin, "tr-TR")
            .Send(CardSubmit("log-incident", "fabrikam-product-support", "tr-TR")).AssertReply(_ => { })
            .Send("Windows Server 2022").AssertReply(_ => { })
            .Send(new string('x', 201))
            .AssertReply(reply => Assert.Contains("en fazla 200 karakter", Text(reply), StringComparison.Ordinal))
            .Send("yardım")
            .AssertReply(reply => Assert.Contains("Neyin yanlış gittiğini", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains("200", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    /// <summary>A message as the channel delivers it, with its own activity id (kept by <see cref="ChannelActivityIds"/>).</summary>
    private static Activity Message(string text, string id)
        => new(ActivityTypes.Message) { Text = text, Locale = "en-US", Properties = new JObject { [ChannelActivityIds.Property] = id } };

    /// <summary>A conversation like the harness's, except that activity ids are the channel's, not the TestAdapter's counter.</summary>
    private TestFlow ConversationKeepingActivityIds(string signInName)
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation(Guid.NewGuid().ToString("N"), user: signInName, bot: "supportbot"))
        {
            Locale = "en-US",
        };
        adapter.Use(new ChannelActivityIds());
        return new TestFlow(adapter, _harness.Bot.OnTurnAsync);
    }

    /// <summary>TestAdapter numbers every activity it receives; this puts back the id the test's channel gave it.</summary>
    private sealed class ChannelActivityIds : IMiddleware
    {
        public const string Property = "channelActivityId";

        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            if (turnContext.Activity.Properties?[Property] is JValue { Type: JTokenType.String } id)
            {
                turnContext.Activity.Id = (string)id!;
            }

            await next(cancellationToken);
        }
    }

    private static IReadOnlyList<string> LinkUrls(IActivity reply) => [.. (((IMessageActivity)reply).Attachments ?? [])
        .Where(attachment => attachment.ContentType == HeroCard.ContentType)
        .SelectMany(attachment => JObject.FromObject(attachment.Content)["buttons"] ?? new JArray())
        .Select(button => button["value"]?.ToString() ?? string.Empty)];
}
