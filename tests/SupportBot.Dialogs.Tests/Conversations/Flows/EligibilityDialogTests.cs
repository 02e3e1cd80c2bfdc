using SupportBot.Dialogs.Tests.Engine;
using static SupportBot.Dialogs.Tests.Conversations.Replies;

namespace SupportBot.Dialogs.Tests.Conversations.Flows;

public sealed class EligibilityDialogTests : IAsyncLifetime
{
    private ConversationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    // Facts are separated by '|': every one must appear in the answer, resp. on the card and its buttons.
    [Theory]
    [InlineData("gold.admin@fabrikam.example", "en-US", "am I eligible?", "You're eligible|Fabrikam|Global admin",
        "Microsoft Product Support|20 incidents|Signature Cloud Support|Unlimited|Activated|Gold, Cloud Platform (cloud competency)|Get support")]
    [InlineData("gold.engineer@fabrikam.example", "en-US", "am I eligible?", "are active|Access ID and Contract ID|Alex Gold (Fabrikam), gold.admin@fabrikam.example",
        "No admin role|20 incidents|Unlimited")]
    [InlineData("silver.partneradmin@northwind.example", "en-US", "am I eligible?", "aren't activated yet|As MPN partner admin you can activate them now",
        "Not activated yet|15 incidents|Signature Cloud Support (Signature 5pack)|5 incidents|Not activated|Activate benefits")]
    [InlineData("silver.hybrid@tailspin.example", "en-US", "am I eligible?", "You're eligible|Tailspin Toys",
        "15 incidents|Signature Cloud Support (Signature 5pack)|5 incidents|Silver, Data Analytics (other competency)")]
    [InlineData("gold.expired@wingtip.example", "en-US", "am I eligible?", "You're eligible|Wingtip Toys|MPN partner admin",
        "20 incidents|Unlimited|Gold, Security (cloud competency)")]
    [InlineData("actionpack.admin@contoso.example", "en-US", "am I eligible?", "You're eligible|Contoso",
        "Microsoft Product Support|10 incidents|Signature Cloud Support|None|Not included|Action Pack")]
    [InlineData("csp.agent@litware.example", "en-US", "am I eligible?", "\"You are not authorized for this action\"|Sign in with an MPN-associated account",
        "Admin agent|CSP > Customers > pick the customer > Service Management > New request|\"Cloud Solution Provider\" support plan|MPN association|Associated with CSP only")]
    [InlineData("new.user@adatum.example", "en-US", "am I eligible?", "\"Looks like you don't have any benefits yet\"|Account icon (top right) > Sign in with another account",
        "No active membership offer|Paid support plans")]
    [InlineData("gold.admin@fabrikam.example", "tr-TR", "uygun muyum?", "Uygunsunuz|Fabrikam|Genel yönetici",
        "Microsoft Ürün Desteği|20 olay|İmza Bulut Desteği (Signature Cloud Support)|Sınırsız|Etkin|Destek al")]
    [InlineData("gold.engineer@fabrikam.example", "tr-TR", "uygun muyum", "avantajları etkin|Erişim Kimliği|Alex Gold (Fabrikam), gold.admin@fabrikam.example",
        "Yönetici rolünüz yok|20 olay")]
    [InlineData("silver.partneradmin@northwind.example", "tr-TR", "uygunluk", "henüz etkinleştirilmedi|MPN iş ortağı yöneticisi olarak",
        "15 olay|Signature 5pack|5 olay|Etkinleştirilmedi|Avantajları etkinleştir")]
    [InlineData("silver.hybrid@tailspin.example", "tr-TR", "uygun muyum", "Uygunsunuz|Tailspin Toys", "15 olay|Signature 5pack|Gümüş, Data Analytics (diğer uzmanlık)")]
    [InlineData("gold.expired@wingtip.example", "tr-TR", "uygun muyum", "Uygunsunuz|Wingtip Toys", "20 olay|Sınırsız|Altın, Security (bulut uzmanlığı)")]
    [InlineData("actionpack.admin@contoso.example", "tr-TR", "uygun muyum", "Uygunsunuz|Contoso", "10 olay|Yok|Dahil değil|Action Pack (Eylem Paketi)")]
    [InlineData("csp.agent@litware.example", "tr-TR", "uygun muyum?", "\"You are not authorized for this action\" (\"Bu eylem için yetkiniz yok\")|MPN ile ilişkili bir hesapla oturum açın",
        "Yönetim Aracısı|Hizmet Yönetimi > Yeni talep|\"Cloud Solution Provider\" destek planı|MPN ilişkisi")]
    [InlineData("new.user@adatum.example", "tr-TR", "uygun muyum?", "\"Looks like you don't have any benefits yet\" (\"Henüz avantajınız yok gibi görünüyor\")|Hesap simgesi (sağ üst) > Başka bir hesapla oturum aç",
        "Etkin üyelik teklifi yok|Ücretli destek planları")]
    public async Task Eligibility_EachPersonaAndLanguage_AnswersThenShowsChecksAndEntitlements(
        string user, string locale, string question, string answerFacts, string cardFacts)
    {
        await _harness.Conversation(user, locale)
            .Send(question)
            .AssertReply(reply => FlowFacts.AssertAll(Text(reply), answerFacts))
            .AssertReply(reply => FlowFacts.AssertAll(FlowFacts.Visible(reply), cardFacts))
            .StartTestAsync();
    }

    [Fact]
    public async Task Eligibility_CspAgent_CardMarksTheMpnCheckFailed()
    {
        await _harness.Conversation("csp.agent@litware.example")
            .Send("am I eligible?")
            .AssertReply(_ => { })
            .AssertReply(reply =>
            {
                Assert.Contains("✗\nMPN association", CardText(reply), StringComparison.Ordinal);
                Assert.Contains("✓\nRole\nAdmin agent", CardText(reply), StringComparison.Ordinal);
                Assert.Contains("✗\nActive membership", CardText(reply), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Eligibility_MenuButtonOrTyped_GiveTheSameAnswer()
    {
        string typed = string.Empty;
        string pressed = string.Empty;
        await _harness.Conversation("silver.partneradmin@northwind.example")
            .Send("am I eligible?")
            .AssertReply(reply => typed = Text(reply))
            .AssertReply(_ => { })
            .Send(Submit.Reply("eligibility"))
            .AssertReply(reply => pressed = Text(reply))
            .AssertReply(reply => Assert.Contains("Activate benefits", SuggestedActions(reply)))
            .StartTestAsync();

        Assert.Contains("Northwind Traders", typed, StringComparison.Ordinal);
        Assert.Equal(typed, pressed);
    }

    [Fact]
    public async Task Eligibility_UnknownUser_SaysTheAccountIsNotKnown()
    {
        await _harness.Conversation("stranger@nowhere.example")
            .Send("am I eligible?")
            .AssertReply(reply => Assert.Contains("can't find your account", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }
}
