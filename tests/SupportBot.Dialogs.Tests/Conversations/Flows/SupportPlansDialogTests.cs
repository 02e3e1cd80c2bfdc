using SupportBot.Dialogs.Tests.Engine;

namespace SupportBot.Dialogs.Tests.Conversations.Flows;

public sealed class SupportPlansDialogTests : IAsyncLifetime
{
    private const string PlansUrl = "https://partner.microsoft.com/support/partnersupport";

    private ConversationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    public static TheoryData<string> Personas { get; } =
    [
        "gold.admin@fabrikam.example", "gold.engineer@fabrikam.example", "silver.partneradmin@northwind.example",
        "silver.hybrid@tailspin.example", "gold.expired@wingtip.example", "actionpack.admin@contoso.example",
        "csp.agent@litware.example", "new.user@adatum.example",
    ];

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task SupportPlans_EveryPersonaInEnglish_ShowsBothPlansAndTheComparePage(string user)
    {
        await _harness.Conversation(user)
            .Send("which support plans can we buy?")
            .AssertReply(reply =>
            {
                FlowFacts.AssertAll(
                    FlowFacts.Visible(reply),
                    "Premier Support for Partners|top level of technical support|Advanced Support for Partners|Cloud products only|Compare plans|Menu");
                Assert.Contains(PlansUrl, Replies.Cards(reply).Single().ToString(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task SupportPlans_EveryPersonaInTurkish_ShowsBothPlansInTurkish(string user)
    {
        await _harness.Conversation(user, "tr-TR")
            .Send("destek planları")
            .AssertReply(reply => FlowFacts.AssertAll(
                FlowFacts.Visible(reply),
                "Premier Support for Partners|en üst düzey teknik destek|Advanced Support for Partners|Yalnızca bulut ürünleri|Planları karşılaştırın|Menü"))
            .StartTestAsync();
    }

    [Fact]
    public async Task SupportPlans_MenuButtonOrTyped_GiveTheSameCard()
    {
        string typed = string.Empty;
        await _harness.Conversation("gold.admin@fabrikam.example")
            .Send("paid support")
            .AssertReply(reply => typed = FlowFacts.Visible(reply))
            .Send(Submit.Reply("plans"))
            .AssertReply(reply => Assert.Equal(typed, FlowFacts.Visible(reply)))
            .StartTestAsync();

        Assert.Contains("Advanced Support for Partners", typed, StringComparison.Ordinal);
    }
}
