using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

public class ChoicePromptTests
{
    private static PromptOptions SupportChoices() => new()
    {
        Prompt = MessageFactory.Text("Which support?"),
        RetryPrompt = MessageFactory.Text("Pick one of the buttons."),
        Choices =
        [
            new Choice("on-premises") { Action = new CardAction(ActionTypes.ImBack, "On-premises support", value: "On-premises support") },
            new Choice("cloud") { Action = new CardAction(ActionTypes.ImBack, "Cloud support", value: "Cloud support"), Synonyms = ["azure", "bulut"] },
            new Choice("Türkçe destek"),
        ],
    };

    private static DialogTestHost Host(string culture = "en-US", ListStyle? style = null)
    {
        var root = Steps.SinglePrompt(new ChoicePrompt("choice"), () =>
        {
            var options = SupportChoices();
            options.Style = style;
            return options;
        });
        return new DialogTestHost(root) { Culture = System.Globalization.CultureInfo.GetCultureInfo(culture) };
    }

    [Theory]
    [InlineData("en-US", "cloud", "cloud#1")]
    [InlineData("en-US", "Cloud support", "cloud#1")]
    [InlineData("en-US", "CLOUD SUPPORT!!", "cloud#1")]
    [InlineData("en-US", "Azure", "cloud#1")]
    [InlineData("tr-TR", "bulut", "cloud#1")]
    [InlineData("en-US", "on premises", "on-premises#0")]
    [InlineData("en-US", "on-prem", "on-premises#0")]
    [InlineData("tr-TR", "Türkçe destek", "Türkçe destek#2")]
    [InlineData("tr-TR", "turkce destek", "Türkçe destek#2")]
    [InlineData("tr-TR", "TURKCE", "Türkçe destek#2")]
    [InlineData("en-US", "I want the cloud one please", "cloud#1")]
    public async Task ChoicePrompt_TextOfAChoice_ReturnsIt(string culture, string answer, string expected)
    {
        await Host(culture).Flow()
            .Send("hi").AssertReply("Which support?")
            .Send(answer).AssertReply($"[Complete] {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "second", "cloud#1")]
    [InlineData("en-US", "the first one", "on-premises#0")]
    [InlineData("en-US", "third", "Türkçe destek#2")]
    [InlineData("en-US", "2", "cloud#1")]
    [InlineData("en-US", "number 3", "Türkçe destek#2")]
    [InlineData("tr-TR", "ilk", "on-premises#0")]
    [InlineData("tr-TR", "birinci", "on-premises#0")]
    [InlineData("tr-TR", "ikinci", "cloud#1")]
    [InlineData("tr-TR", "üçüncü", "Türkçe destek#2")]
    [InlineData("tr-TR", "ucuncu", "Türkçe destek#2")]
    [InlineData("tr-TR", "2", "cloud#1")]
    [InlineData("tr-TR", "iki", "cloud#1")]
    public async Task ChoicePrompt_OrdinalOrNumber_ReturnsChoiceAtThatPosition(string culture, string answer, string expected)
    {
        await Host(culture).Flow()
            .Send("hi").AssertReply("Which support?")
            .Send(answer).AssertReply($"[Complete] {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("support")]
    [InlineData("fourth")]
    [InlineData("7")]
    [InlineData("something else")]
    public async Task ChoicePrompt_AmbiguousOrUnknown_SendsRetryPromptWithButtons(string answer)
    {
        await Host().Flow()
            .Send("hi").AssertReply("Which support?")
            .Send(answer).AssertReply(activity =>
            {
                Assert.Equal("Pick one of the buttons.", activity.AsMessageActivity().Text);
                Assert.Equal(3, activity.AsMessageActivity().SuggestedActions.Actions.Count);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("2", "cloud#1")]
    [InlineData("cloud", "cloud#1")]
    [InlineData("Türkçe destek", "Türkçe destek#2")]
    public async Task ChoicePrompt_CardSubmitWithReply_AnswersAsTyped(string reply, string expected)
    {
        await Host().Flow()
            .Send("hi").AssertReply("Which support?")
            .Send(Submit.Reply(reply)).AssertReply($"[Complete] {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_DefaultStyle_ShowsSuggestedActionButtons()
    {
        await Host().Flow()
            .Send("hi")
            .AssertReply(activity =>
            {
                var message = activity.AsMessageActivity();
                Assert.Equal("Which support?", message.Text);
                Assert.Equal(["On-premises support", "Cloud support", "Türkçe destek"], message.SuggestedActions.Actions.Select(action => action.Title));
                Assert.Equal(["On-premises support", "Cloud support", "Türkçe destek"], message.SuggestedActions.Actions.Select(action => (string)action.Value));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_HeroCardStyle_PutsTextAndButtonsOnACard()
    {
        await Host(style: ListStyle.HeroCard).Flow()
            .Send("hi")
            .AssertReply(activity =>
            {
                var message = activity.AsMessageActivity();
                var card = Assert.IsType<HeroCard>(Assert.Single(message.Attachments).Content);
                Assert.Equal("Which support?", card.Text);
                Assert.Equal(3, card.Buttons.Count);
                Assert.Null(message.SuggestedActions);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_NoneStyle_SendsOnlyText()
    {
        await Host(style: ListStyle.None).Flow()
            .Send("hi")
            .AssertReply(activity =>
            {
                Assert.Equal("Which support?", activity.AsMessageActivity().Text);
                Assert.Null(activity.AsMessageActivity().SuggestedActions);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_ExactMatch_ScoresOneAndNamesTheSynonym()
    {
        var host = Host();

        await host.Flow()
            .Send("hi").AssertReply("Which support?")
            .Send("azure").AssertReply("[Complete] cloud#1")
            .StartTestAsync();

        var found = Assert.IsType<FoundChoice>(host.LastResult.Result);
        Assert.Equal(1f, found.Score);
        Assert.Equal("azure", found.Synonym);
    }
}
