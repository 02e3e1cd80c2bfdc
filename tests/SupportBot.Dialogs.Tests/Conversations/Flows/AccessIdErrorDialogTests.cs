using static SupportBot.Dialogs.Tests.Conversations.Replies;

namespace SupportBot.Dialogs.Tests.Conversations.Flows;

public sealed class AccessIdErrorDialogTests : IAsyncLifetime
{
    private const string PortalText =
        "\"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"";

    private ConversationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("gold.admin@fabrikam.example", "en-US", "Azure says this Access ID is already associated",
        "already linked to your account|ignore the error|needs linking only once|\"+ New support request\"|Get support")]
    [InlineData("silver.hybrid@tailspin.example", "en-US", "Azure says this Access ID is already associated",
        "Signature 5pack|no incidents left (5 of 5 used)|hides the contract as invalid|new support plan|Premier Support for Partners|Advanced Support for Partners|Compare plans")]
    [InlineData("gold.expired@wingtip.example", "en-US", "access id is already associated",
        "Signature Cloud Support contract expired on 24 September 2026|hides it as invalid|new support plan|Premier Support for Partners")]
    [InlineData("actionpack.admin@contoso.example", "en-US", "access id is already associated",
        "Action Pack includes no cloud support|Contoso|on-premises|paid support plan|Advanced Support for Partners")]
    [InlineData("csp.agent@litware.example", "en-US", "access id is already associated", "CSP only|\"Cloud Solution Provider\" support plan|needs no contract")]
    [InlineData("new.user@adatum.example", "en-US", "access id is already associated",
        "Adatum|\"Looks like you don't have any benefits yet\"|Premier Support for Partners")]
    [InlineData("silver.partneradmin@northwind.example", "en-US", "access id is already associated",
        "Northwind Traders aren't activated yet|no valid Access ID|Activate benefits")]
    [InlineData("gold.admin@fabrikam.example", "tr-TR", "erişim kimliği zaten ilişkilendirilmiş hatası",
        "hesabınıza zaten bağlı|hatayı yok sayın|\"+ New support request\" (\"+ Yeni destek isteği\")")]
    [InlineData("silver.hybrid@tailspin.example", "tr-TR", "erisim kimligi zaten iliskilendirilmis",
        "Signature 5pack|kalan olay yok|geçersiz sayıp gizliyor|yeni bir destek planı|Premier Support for Partners|Planları karşılaştırın")]
    [InlineData("gold.expired@wingtip.example", "tr-TR", "erisim kimligi zaten iliskilendirilmis", "süresi 24 Eylül 2026 tarihinde doldu|yeni bir destek planı")]
    [InlineData("actionpack.admin@contoso.example", "tr-TR", "erisim kimligi zaten iliskilendirilmis", "bulut desteği|işe yaramaz|Advanced Support for Partners")]
    [InlineData("csp.agent@litware.example", "tr-TR", "erisim kimligi zaten iliskilendirilmis", "yalnızca CSP|\"Cloud Solution Provider\" destek planını")]
    [InlineData("new.user@adatum.example", "tr-TR", "erisim kimligi zaten iliskilendirilmis", "(\"Henüz avantajınız yok gibi görünüyor\")|Premier Support for Partners")]
    [InlineData("silver.partneradmin@northwind.example", "tr-TR", "erisim kimligi zaten iliskilendirilmis", "henüz etkinleştirilmedi|Avantajları etkinleştir")]
    public async Task AccessIdError_EachPersonaAndLanguage_QuotesThePortalThenExplainsTheirCase(string user, string locale, string says, string facts)
    {
        await _harness.Conversation(user, locale)
            .Send(says)
            .AssertReply(reply =>
            {
                Assert.Contains(PortalText, Text(reply), StringComparison.Ordinal);
                if (locale == "tr-TR")
                {
                    Assert.Contains("Bu Erişim Kimliği zaten bir hesapla ilişkilendirilmiş", Text(reply), StringComparison.Ordinal);
                }
            })
            .AssertReply(reply => FlowFacts.AssertAll(FlowFacts.Visible(reply), facts))
            .StartTestAsync();
    }

    [Fact]
    public async Task AccessIdError_EngineerLinkedTheCloudContractBefore_IsToldToIgnoreTheError()
    {
        await _harness.Conversation("gold.engineer@fabrikam.example")
            .Send("Azure says access id is already associated")
            .AssertReply(reply => Assert.Contains(PortalText, Text(reply), StringComparison.Ordinal))
            .AssertReply(reply =>
            {
                Assert.Equal("Which contract's Access ID did you enter in Azure?", Text(reply));
                Assert.Equal(["Microsoft Product Support", "Signature Cloud Support"], SuggestedActions(reply));
            })
            .Send("Signature Cloud Support")
            .AssertReply(reply => Assert.StartsWith("Have you added this contract to your account (gold.engineer@fabrikam.example) before", Text(reply), StringComparison.Ordinal))
            .Send("yes")
            .AssertReply(reply => FlowFacts.AssertAll(Text(reply), "Signature Cloud Support contract is already linked to your account|ignore the error|\"+ New support request\""))
            .StartTestAsync();
    }

    [Fact]
    public async Task AccessIdError_EngineerNeverLinkedProductSupport_IsToldWhoHoldsIt()
    {
        await _harness.Conversation("gold.engineer@fabrikam.example")
            .Send(FlowFacts.Pressed("accessid"))
            .AssertReply(_ => { })
            .AssertReply(_ => { })
            .Send(FlowFacts.Pressed("Microsoft Product Support"))
            .AssertReply(_ => { })
            .Send(FlowFacts.Pressed("No"))
            .AssertReply(reply => FlowFacts.AssertAll(Text(reply), "Microsoft Product Support contract is already linked to another account, gold.admin@fabrikam.example|used it first"))
            .StartTestAsync();
    }

    [Fact]
    public async Task AccessIdError_EngineerInTurkishTypesWithoutDiacritics_IsSentToTheTechnicalAccountManager()
    {
        await _harness.Conversation("gold.engineer@fabrikam.example", "tr-TR")
            .Send("erisim kimligi zaten iliskilendirilmis")
            .AssertReply(_ => { })
            .AssertReply(reply => Assert.Equal("Azure'a hangi sözleşmenin Erişim Kimliği'ni girdiniz?", Text(reply)))
            .Send("imza bulut destegi")
            .AssertReply(reply => Assert.StartsWith("Bu sözleşmeyi daha önce hesabınıza", Text(reply), StringComparison.Ordinal))
            .Send("hayir")
            .AssertReply(reply => Assert.Contains("Teknik Hesap Yöneticinize başvurun", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "help", "Fabrikam has two contracts", "Which contract's Access ID did you enter in Azure?", "The error usually means", "Have you added this contract")]
    [InlineData("tr-TR", "yardım", "Fabrikam şirketinin her biri", "Azure'a hangi sözleşmenin Erişim Kimliği'ni girdiniz?", "Bu hata genellikle", "Bu sözleşmeyi daha önce")]
    public async Task AccessIdError_HelpAtEachQuestion_AnswersWithThatStepsHelpAndAsksAgain(
        string locale, string help, string contractHelp, string contractQuestion, string linkedHelp, string linkedQuestion)
    {
        await _harness.Conversation("gold.engineer@fabrikam.example", locale)
            .Send(FlowFacts.Pressed("accessid", locale))
            .AssertReply(_ => { })
            .AssertReply(reply => Assert.Equal(contractQuestion, Text(reply)))
            .Send(help)
            .AssertReply(reply => Assert.StartsWith(contractHelp, Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Equal(contractQuestion, Text(reply)))
            .Send("2")
            .AssertReply(reply => Assert.StartsWith(linkedQuestion, Text(reply), StringComparison.Ordinal))
            .Send(help)
            .AssertReply(reply => Assert.StartsWith(linkedHelp, Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.StartsWith(linkedQuestion, Text(reply), StringComparison.Ordinal))
            .Send(FlowFacts.Pressed(locale == "tr-TR" ? "Evet" : "Yes", locale))
            .AssertReply(reply => Assert.Contains("+ New support request", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task AccessIdError_UnrecognizedAnswer_GetsTheRetryPrompt()
    {
        await _harness.Conversation("gold.engineer@fabrikam.example")
            .Send("access id is already associated")
            .AssertReply(_ => { })
            .AssertReply(_ => { })
            .Send("purple")
            .AssertReply(reply => Assert.StartsWith("Please pick the contract whose Access ID you entered", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }
}
