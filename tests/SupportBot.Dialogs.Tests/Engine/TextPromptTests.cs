using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

public class TextPromptTests
{
    private static Task<bool> AtLeastThreeLetters(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
        => Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value!.Length >= 3);

    [Fact]
    public async Task TextPrompt_Typed_ReturnsTrimmedText()
    {
        var host = new DialogTestHost(Steps.SinglePrompt(new TextPrompt("text"), () => Steps.Ask("Your name?")));

        await host.Flow()
            .Send("hi").AssertReply("Your name?")
            .Send("  Ada Lovelace ").AssertReply("[Complete] Ada Lovelace")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_CardSubmitWithReply_AnswersAsTyped()
    {
        var host = new DialogTestHost(Steps.SinglePrompt(new TextPrompt("text"), () => Steps.Ask("Plan?")));

        await host.Flow()
            .Send("hi").AssertReply("Plan?")
            .Send(Submit.Reply("cloud")).AssertReply("[Complete] cloud")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_CardSubmitWithoutReply_IsNotRecognized()
    {
        var host = new DialogTestHost(Steps.SinglePrompt(new TextPrompt("text"), () => Steps.Ask("Plan?", retry: "Type a plan.")));

        await host.Flow()
            .Send("hi").AssertReply("Plan?")
            .Send(Submit.Data("""{"contractId":"C-1"}""")).AssertReply("Type a plan.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_RejectsAnswer_SendsRetryPromptUntilValid()
    {
        var prompt = new TextPrompt("text", AtLeastThreeLetters);
        var host = new DialogTestHost(Steps.SinglePrompt(prompt, () => Steps.Ask("Code?", retry: "At least three letters, please.")));

        await host.Flow()
            .Send("hi").AssertReply("Code?")
            .Send("ab").AssertReply("At least three letters, please.")
            .Send("abc").AssertReply("[Complete] abc")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_NoRetryPrompt_SendsPromptAgain()
    {
        var prompt = new TextPrompt("text", AtLeastThreeLetters);
        var host = new DialogTestHost(Steps.SinglePrompt(prompt, () => Steps.Ask("Code?")));

        await host.Flow()
            .Send("hi").AssertReply("Code?")
            .Send("ab").AssertReply("Code?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_SendsOwnExplanation_NoRetryPromptAdded()
    {
        var prompt = new TextPrompt("text", async (context, ct) =>
        {
            await context.Context.SendActivityAsync($"'{context.Recognized.Value}' is too short.", cancellationToken: ct);
            return false;
        });
        var host = new DialogTestHost(Steps.SinglePrompt(prompt, () => Steps.Ask("Code?", retry: "Again?")));

        await host.Flow()
            .Send("hi").AssertReply("Code?")
            .Send("ab").AssertReply("'ab' is too short.")
            .Send("cd").AssertReply("'cd' is too short.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_CardSubmitWithOtherFields_ReadsThemFromTheActivity()
    {
        var prompt = new TextPrompt("text", (context, ct) =>
        {
            var contractId = (string?)UserInput.GetSubmitData(context.Context.Activity)?["contractId"];
            return Task.FromResult(context.Recognized.Value == "show" && contractId == "C-42");
        });
        var host = new DialogTestHost(Steps.SinglePrompt(prompt, () => Steps.Ask("Which contract?", retry: "Pick a contract.")));

        await host.Flow()
            .Send("hi").AssertReply("Which contract?")
            .Send(Submit.Data("""{"reply":"show","contractId":"C-7"}""")).AssertReply("Pick a contract.")
            .Send(Submit.Data("""{"reply":"show","contractId":"C-42"}""")).AssertReply("[Complete] show")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_SecondAnswer_SeesAttemptCountTwo()
    {
        var counts = new List<int>();
        var prompt = new TextPrompt("text", (context, ct) =>
        {
            counts.Add(context.AttemptCount);
            return Task.FromResult(context.AttemptCount == 2);
        });
        var host = new DialogTestHost(Steps.SinglePrompt(prompt, () => Steps.Ask("Anything?")));

        await host.Flow()
            .Send("hi").AssertReply("Anything?")
            .Send("one").AssertReply("Anything?")
            .Send("two").AssertReply("[Complete] two")
            .StartTestAsync();

        Assert.Equal([1, 2], counts);
    }

    [Fact]
    public async Task Prompt_StartedWithoutPromptOptions_Throws()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("ask", [(step, ct) => step.BeginDialogAsync("text", "not options", ct)]))
            .AddDialog(new TextPrompt("text"));
        var host = new DialogTestHost(root);

        await Assert.ThrowsAsync<ArgumentException>(() => host.Flow().Send("hi").StartTestAsync());
    }

    [Fact]
    public async Task Prompt_SentTwice_StoredPromptActivityIsNotStamped()
    {
        var options = Steps.Ask("Name?");
        var host = new DialogTestHost(Steps.SinglePrompt(new TextPrompt("text"), () => options));

        await host.Flow()
            .Send("hi").AssertReply("Name?")
            .StartTestAsync();

        Assert.Null(options.Prompt!.Conversation);
        Assert.Null(options.Prompt.ReplyToId);
    }

    [Fact]
    public async Task Prompt_WithoutInputHint_IsSentExpectingInput()
    {
        var options = new PromptOptions { Prompt = new Activity(ActivityTypes.Message, text: "Name?") };
        var host = new DialogTestHost(Steps.SinglePrompt(new TextPrompt("text"), () => options));

        await host.Flow()
            .Send("hi").AssertReply(activity => Assert.Equal(InputHints.ExpectingInput, activity.AsMessageActivity().InputHint))
            .StartTestAsync();
    }
}
