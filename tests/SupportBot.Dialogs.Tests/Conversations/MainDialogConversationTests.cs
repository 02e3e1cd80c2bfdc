using static SupportBot.Dialogs.Tests.Conversations.Replies;

namespace SupportBot.Dialogs.Tests.Conversations;

public sealed class MainDialogConversationTests : IAsyncLifetime
{
    private ConversationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task ConversationUpdate_FirstTime_IntroducesTheBotAndShowsTheMenu()
    {
        await _harness.Conversation("gold.admin@fabrikam.example")
            .Send(ConversationUpdate("gold.admin@fabrikam.example"))
            .AssertReply(reply => Assert.Contains("I'm SupportBot", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains("Check eligibility", CardText(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task ConversationUpdate_SecondConversation_WelcomesBack()
    {
        await _harness.Conversation("gold.admin@fabrikam.example")
            .Send(ConversationUpdate("gold.admin@fabrikam.example"))
            .AssertReply(reply => Assert.Contains("I'm SupportBot", Text(reply), StringComparison.Ordinal))
            .AssertReply(_ => { })
            .StartTestAsync();

        await _harness.Conversation("gold.admin@fabrikam.example")
            .Send(ConversationUpdate("gold.admin@fabrikam.example"))
            .AssertReply(reply => Assert.Contains("Welcome back", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains("Activate benefits", CardText(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("menu")]
    [InlineData("MENU!")]
    [InlineData("Menü")]
    [InlineData("please menu")]
    public async Task Menu_TypedAnyWay_ShowsTheMenuCard(string typed)
    {
        await _harness.Conversation("gold.admin@fabrikam.example")
            .Send(typed)
            .AssertReply(reply => Assert.Contains("Paid support plans", CardText(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Hi_Typed_GreetsAndShowsTheMenu()
    {
        await _harness.Conversation("gold.admin@fabrikam.example")
            .Send("hi")
            .AssertReply(reply => Assert.Contains("Hello", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains("Get support", CardText(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Nonsense_Typed_SaysSoAndShowsTheMenu()
    {
        await _harness.Conversation("gold.admin@fabrikam.example")
            .Send("qwerty zxcv")
            .AssertReply(reply => Assert.Contains("didn't catch that", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains("Check eligibility", CardText(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Turkce_Typed_SwitchesAndTheMenuComesInTurkish()
    {
        await _harness.Conversation("gold.admin@fabrikam.example")
            .Send("turkce")
            .AssertReply(reply => Assert.Equal("Tamam, Türkçe devam ediyorum.", Text(reply)))
            .AssertReply(reply => Assert.Contains("Uygunluğu kontrol et", CardText(reply), StringComparison.Ordinal))
            .Send("menu")
            .AssertReply(reply => Assert.Contains("Ücretli destek planları", CardText(reply), StringComparison.Ordinal))
            .Send("English")
            .AssertReply(reply => Assert.Equal("OK, I'll continue in English.", Text(reply)))
            .AssertReply(reply => Assert.Contains("Paid support plans", CardText(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task TurkishLocale_Help_AnswersInTurkish()
    {
        await _harness.Conversation("gold.admin@fabrikam.example", "tr-TR")
            .Send("yardım")
            .AssertReply(reply => Assert.Contains("teknik destek avantajlarınız", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains("Kalan olaylar", CardText(reply), StringComparison.Ordinal))
            .StartTestAsync();
    }

    private static Microsoft.Bot.Schema.Activity ConversationUpdate(string userId)
    {
        var activity = Microsoft.Bot.Schema.Activity.CreateConversationUpdateActivity();
        activity.MembersAdded = [new Microsoft.Bot.Schema.ChannelAccount(userId), new Microsoft.Bot.Schema.ChannelAccount("supportbot")];
        activity.From = new Microsoft.Bot.Schema.ChannelAccount(userId);
        return (Microsoft.Bot.Schema.Activity)activity;
    }
}
