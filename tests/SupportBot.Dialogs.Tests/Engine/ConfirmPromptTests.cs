using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

public class ConfirmPromptTests
{
    private static DialogTestHost Host(string culture = "en-US")
    {
        var root = Steps.SinglePrompt(new ConfirmPrompt("confirm"), () => Steps.Ask("Activate now?", retry: "Yes or no?"));
        return new DialogTestHost(root) { Culture = System.Globalization.CultureInfo.GetCultureInfo(culture) };
    }

    [Theory]
    [InlineData("en-US", "yes", true)]
    [InlineData("en-US", "Yes!", true)]
    [InlineData("en-US", "sure, go ahead", true)]
    [InlineData("en-US", "👍", true)]
    [InlineData("en-US", "no", false)]
    [InlineData("en-US", "nope", false)]
    [InlineData("en-US", "not ok", false)]
    [InlineData("tr-TR", "evet", true)]
    [InlineData("tr-TR", "E", true)]
    [InlineData("tr-TR", "tamam", true)]
    [InlineData("tr-TR", "olur", true)]
    [InlineData("tr-TR", "peki", true)]
    [InlineData("tr-TR", "Hayır", false)]
    [InlineData("tr-TR", "HAYIR", false)]
    [InlineData("tr-TR", "hayir", false)]
    [InlineData("tr-TR", "yok", false)]
    [InlineData("tr-TR", "istemiyorum", false)]
    [InlineData("tr-TR", "yes", true)]
    [InlineData("en-US", "evet", true)]
    public async Task ConfirmPrompt_YesOrNo_ReturnsBool(string culture, string answer, bool expected)
    {
        await Host(culture).Flow()
            .Send("hi").AssertReply("Activate now?")
            .Send(answer).AssertReply($"[Complete] {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("yes no")]
    [InlineData("eventually")]
    public async Task ConfirmPrompt_NeitherOrBoth_SendsRetryPrompt(string answer)
    {
        await Host().Flow()
            .Send("hi").AssertReply("Activate now?")
            .Send(answer).AssertReply("Yes or no?")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Yes", "No")]
    [InlineData("tr-TR", "Evet", "Hayır")]
    public async Task ConfirmPrompt_Asked_ShowsButtonsInUiLanguage(string culture, string yes, string no)
    {
        await Host(culture).Flow()
            .Send("hi")
            .AssertReply(activity =>
            {
                var actions = activity.AsMessageActivity().SuggestedActions.Actions;
                Assert.Equal([yes, no], actions.Select(action => action.Title));
                Assert.Equal([yes, no], actions.Select(action => (string)action.Value));
                Assert.All(actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ConfirmPrompt_TurkishButtonSubmitted_ReturnsFalse()
    {
        await Host("tr-TR").Flow()
            .Send("hi").AssertReply("Activate now?")
            .Send(Submit.Reply("Hayır")).AssertReply("[Complete] False")
            .StartTestAsync();
    }
}
