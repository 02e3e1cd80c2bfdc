using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

public class RetryLimitTests
{
    /// <summary>root (component) → waterfall → "inner" component → waterfall → number prompt.</summary>
    private static ComponentDialog NestedNumberQuestion(int maxAttempts)
    {
        var inner = new ComponentDialog("inner")
            .AddDialog(Steps.PromptThenEnd("number", () => Steps.Ask("How many?", retry: "A number, please.", maxAttempts)))
            .AddDialog(new NumberPrompt<int>("number"));

        return new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("main", [
                (step, ct) => step.BeginDialogAsync("inner", null, ct),
                (step, ct) => step.EndDialogAsync($"got {step.Result}", ct),
            ]))
            .AddDialog(inner);
    }

    [Fact]
    public async Task Prompt_FailsMaxAttemptsTimes_CancelsWholeStackWithExhaustedResult()
    {
        var host = new DialogTestHost(NestedNumberQuestion(maxAttempts: 3));

        await host.Flow()
            .Send("hi").AssertReply("How many?")
            .Send("lots").AssertReply("A number, please.")
            .Send("many").AssertReply("A number, please.")
            .Send("plenty").AssertReply("[Cancelled] PromptAttemptsExhausted { PromptId = number }")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, host.LastResult.Status);
        Assert.Equal(new PromptAttemptsExhausted("number"), host.LastResult.Result);
    }

    [Fact]
    public async Task Prompt_AfterExhaustion_NextMessageStartsFromTheBeginning()
    {
        var host = new DialogTestHost(NestedNumberQuestion(maxAttempts: 1));

        await host.Flow()
            .Send("hi").AssertReply("How many?")
            .Send("lots").AssertReply("[Cancelled] PromptAttemptsExhausted { PromptId = number }")
            .Send("5").AssertReply("How many?")
            .Send("5").AssertReply("[Complete] got 5")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_ValidAnswerOnLastAttempt_Completes()
    {
        var host = new DialogTestHost(NestedNumberQuestion(maxAttempts: 2));

        await host.Flow()
            .Send("hi").AssertReply("How many?")
            .Send("lots").AssertReply("A number, please.")
            .Send("7").AssertReply("[Complete] got 7")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_ValidatorRejectsEveryAnswer_StopsAtMaxAttempts()
    {
        var prompt = new TextPrompt("text", (context, ct) => Task.FromResult(false));
        var host = new DialogTestHost(Steps.SinglePrompt(prompt, () => Steps.Ask("Code?", retry: "Wrong code.", maxAttempts: 2)));

        await host.Flow()
            .Send("hi").AssertReply("Code?")
            .Send("a").AssertReply("Wrong code.")
            .Send("b").AssertReply("[Cancelled] PromptAttemptsExhausted { PromptId = text }")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_NonMessageActivities_DoNotCountAsAttempts()
    {
        var host = new DialogTestHost(NestedNumberQuestion(maxAttempts: 1));

        await host.Flow()
            .Send("hi").AssertReply("How many?")
            .Send(new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Typing))
            .Send("4").AssertReply("[Complete] got 4")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_MaxAttemptsBelowOne_Throws()
    {
        var host = new DialogTestHost(NestedNumberQuestion(maxAttempts: 0));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Flow().Send("hi").StartTestAsync());
    }
}
