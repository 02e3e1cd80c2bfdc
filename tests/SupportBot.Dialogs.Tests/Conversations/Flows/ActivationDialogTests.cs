using static SupportBot.Dialogs.Tests.Conversations.Replies;

namespace SupportBot.Dialogs.Tests.Conversations.Flows;

public sealed class ActivationDialogTests : IAsyncLifetime
{
    private ConversationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("en-US", "activate benefits", "Only a Global admin or an MPN partner admin can activate|Alex Gold (Fabrikam), gold.admin@fabrikam.example|Check eligibility")]
    [InlineData("tr-TR", "avantajları etkinleştir", "yalnızca Genel yönetici veya MPN iş ortağı yöneticisi etkinleştirebilir|Alex Gold (Fabrikam), gold.admin@fabrikam.example|Uygunluğu kontrol et")]
    public async Task Activate_EngineerWithoutAdminRole_IsToldWhoCanActivate(string locale, string ask, string facts)
    {
        await _harness.Conversation("gold.engineer@fabrikam.example", locale)
            .Send(ask)
            .AssertReply(reply => FlowFacts.AssertAll(FlowFacts.Visible(reply), facts))
            .StartTestAsync();
    }

    [Fact]
    public async Task Activate_PartnerAdminConfirmsYes_RequestsThenShowsThePendingRequestInsteadOfASecond()
    {
        await _harness.Conversation("silver.partneradmin@northwind.example")
            .Send("activate benefits")
            .AssertReply(reply =>
            {
                Assert.Equal("Activate technical benefits for Northwind Traders?", Text(reply));
                Assert.Equal(["Yes", "No"], SuggestedActions(reply));
            })
            .Send("yes")
            .AssertReply(reply => FlowFacts.AssertAll(
                FlowFacts.Visible(reply),
                "I've requested activation|Northwind Traders|few days|Access ID and Contract ID|Pending|silver.partneradmin@northwind.example|24 November 2026"))
            .Send("activate benefits")
            .AssertReply(reply =>
            {
                FlowFacts.AssertAll(FlowFacts.Visible(reply), "already pending|didn't send a second one|Pending: processing can take a few days");
                Assert.DoesNotContain("?", Text(reply), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Activate_PartnerAdminInTurkishPressesEvet_RequestsInTurkish()
    {
        await _harness.Conversation("silver.partneradmin@northwind.example", "tr-TR")
            .Send("etkinlestir")
            .AssertReply(reply =>
            {
                Assert.Equal("Northwind Traders için teknik avantajlar etkinleştirilsin mi?", Text(reply));
                Assert.Equal(["Evet", "Hayır"], SuggestedActions(reply));
            })
            .Send(FlowFacts.Pressed("Evet", "tr-TR"))
            .AssertReply(reply => FlowFacts.AssertAll(FlowFacts.Visible(reply), "etkinleştirme isteğini gönderdim|birkaç gün|Erişim Kimliği ve Sözleşme Kimliği|Beklemede"))
            .Send("etkinleştir")
            .AssertReply(reply => FlowFacts.AssertAll(Text(reply), "bekleyen bir etkinleştirme isteği zaten var|ikinci bir istek göndermedim"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Activate_PartnerAdminSaysNo_RecordsNothing()
    {
        await _harness.Conversation("silver.partneradmin@northwind.example")
            .Send("activate")
            .AssertReply(_ => { })
            .Send("no")
            .AssertReply(reply => Assert.Equal("OK, nothing was activated.", Text(reply)))
            .Send("activate")
            .AssertReply(reply => Assert.Equal("Activate technical benefits for Northwind Traders?", Text(reply)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "help", "Yes asks Microsoft to activate", "Activate technical benefits for Northwind Traders?")]
    [InlineData("tr-TR", "yardim", "Evet, Northwind Traders için", "Northwind Traders için teknik avantajlar etkinleştirilsin mi?")]
    public async Task Activate_HelpAtTheConfirmation_ExplainsTheStepAndAsksAgain(string locale, string help, string expectedHelp, string prompt)
    {
        await _harness.Conversation("silver.partneradmin@northwind.example", locale)
            .Send(FlowFacts.Pressed("activate", locale))
            .AssertReply(reply => Assert.Equal(prompt, Text(reply)))
            .Send(help)
            .AssertReply(reply => Assert.StartsWith(expectedHelp, Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Equal(prompt, Text(reply)))
            .Send("maybe later")
            .AssertReply(reply => Assert.Contains("Northwind Traders", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Activate_FromTheEligibilityButton_AsksForConfirmation()
    {
        await _harness.Conversation("silver.partneradmin@northwind.example")
            .Send("am I eligible?")
            .AssertReply(_ => { })
            .AssertReply(reply => Assert.Contains("Activate benefits", SuggestedActions(reply)))
            .Send("activate")
            .AssertReply(reply => Assert.Equal("Activate technical benefits for Northwind Traders?", Text(reply)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("gold.admin@fabrikam.example", "en-US", "Fabrikam|are already active|••••••••7F3A|••••••••91C2|••••••••C4D8", "R9NBTN9A7F3A")]
    [InlineData("silver.hybrid@tailspin.example", "en-US", "Tailspin Toys|are already active|••••••••E73W|••••••••D7AR", "SARHBDXY397R")]
    [InlineData("gold.expired@wingtip.example", "en-US", "Wingtip Toys|are already active|••••••••BLYV", "MFQKX22GBLYV")]
    [InlineData("actionpack.admin@contoso.example", "en-US", "Contoso|are already active|••••••••SPJB", "54LKQ36XSPJB")]
    [InlineData("gold.admin@fabrikam.example", "tr-TR", "Fabrikam teknik avantajları zaten etkin|••••••••7F3A", "U2A65UZF91C2")]
    [InlineData("actionpack.admin@contoso.example", "tr-TR", "Contoso teknik avantajları zaten etkin|••••••••SPJB", "BDNR5CYN95BM")]
    public async Task Activate_AdminOfActivePartner_ShowsTheContractCardsWithMaskedIds(string user, string locale, string facts, string secret)
    {
        await _harness.Conversation(user, locale)
            .Send(FlowFacts.Pressed("activate", locale))
            .AssertReply(reply =>
            {
                Assert.NotEmpty(Replies.Cards(reply));
                FlowFacts.AssertAll(FlowFacts.Visible(reply), facts);
                Assert.DoesNotContain(secret, FlowFacts.Visible(reply), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("csp.agent@litware.example", "en-US", "\"You are not authorized for this action\"|Sign in with an MPN-associated account")]
    [InlineData("csp.agent@litware.example", "tr-TR", "\"You are not authorized for this action\" (\"Bu eylem için yetkiniz yok\")")]
    [InlineData("new.user@adatum.example", "en-US", "Adatum|\"Looks like you don't have any benefits yet\"|Account icon (top right) > Sign in with another account|Paid support plans")]
    [InlineData("new.user@adatum.example", "tr-TR", "\"Henüz avantajınız yok gibi görünüyor\"|Başka bir hesapla oturum aç|Ücretli destek planları")]
    public async Task Activate_AccountThatCannotActivate_SaysWhyAndHowToFixIt(string user, string locale, string facts)
    {
        await _harness.Conversation(user, locale)
            .Send(FlowFacts.Pressed("activate", locale))
            .AssertReply(reply => FlowFacts.AssertAll(FlowFacts.Visible(reply), facts))
            .StartTestAsync();
    }
}
