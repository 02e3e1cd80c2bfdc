using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

public class WaterfallDialogTests
{
    private static ComponentDialog OrderDialog()
    {
        var waterfall = new WaterfallDialog("order", [
            (step, ct) =>
            {
                step.Values["multiplier"] = 2;
                return step.PromptAsync("text", Steps.Ask("What do you need?"), ct);
            },
            (step, ct) =>
            {
                step.Values["need"] = (string)step.Result!;
                return step.PromptAsync("number", Steps.Ask("How many?"), ct);
            },
            (step, ct) =>
            {
                step.Values["count"] = (int)step.Result!;
                return step.NextAsync($"{step.Values["count"]} x {step.Values["need"]}", ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Step {step.Index} got: {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync($"ordered {(int)step.Values["count"] * (int)step.Values["multiplier"]} halves", ct);
            },
        ]);

        return new ComponentDialog("root")
            .AddDialog(waterfall)
            .AddDialog(new TextPrompt("text"))
            .AddDialog(new NumberPrompt<int>("number"));
    }

    [Fact]
    public async Task Waterfall_StepsAnswered_RunsInOrderWithValuesAndEndsWithResult()
    {
        var host = new DialogTestHost(OrderDialog());

        await host.Flow()
            .Send("hi")
            .AssertReply("What do you need?")
            .Send("licences")
            .AssertReply("How many?")
            .Send("3")
            .AssertReply("Step 3 got: 3 x licences")
            .AssertReply("[Complete] ordered 6 halves")
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_FinishedConversation_StartsAgainOnNextMessage()
    {
        var host = new DialogTestHost(OrderDialog());

        await host.Flow()
            .Send("hi").AssertReply("What do you need?")
            .Send("x").AssertReply("How many?")
            .Send("1").AssertReply("Step 3 got: 1 x x").AssertReply("[Complete] ordered 2 halves")
            .Send("again").AssertReply("What do you need?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_StepWaitsWithoutPrompt_NextStepGetsUserText()
    {
        var waterfall = new WaterfallDialog("echo", [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Say anything", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.EndDialogAsync($"you said {step.Result}", ct),
        ]);
        var host = new DialogTestHost(waterfall);

        await host.Flow()
            .Send("start").AssertReply("Say anything")
            .Send("hello there").AssertReply("[Complete] you said hello there")
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_BegunWithOptions_EveryStepSeesThem()
    {
        var child = new WaterfallDialog("child", [
            (step, ct) => step.PromptAsync("text", Steps.Ask($"Hello {((Greeting)step.Options!).Name}"), ct),
            (step, ct) => step.EndDialogAsync($"{((Greeting)step.Options!).Name}: {step.Result}", ct),
        ]);
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("main", [
                (step, ct) => step.BeginDialogAsync("child", new Greeting("Ada"), ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]))
            .AddDialog(child)
            .AddDialog(new TextPrompt("text"));
        var host = new DialogTestHost(root);

        await host.Flow()
            .Send("hi").AssertReply("Hello Ada")
            .Send("fine").AssertReply("[Complete] Ada: fine")
            .StartTestAsync();
    }

    [Fact]
    public async Task NextAsync_CalledTwiceInOneStep_Throws()
    {
        var waterfall = new WaterfallDialog("twice", [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]);
        var host = new DialogTestHost(waterfall);

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Flow().Send("go").StartTestAsync());
    }

    [Fact]
    public async Task ReplaceDialogAsync_FromStep_StartsOtherDialogInItsPlace()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("main", [
                (step, ct) => step.BeginDialogAsync("first", null, ct),
                (step, ct) => step.EndDialogAsync($"main got {step.Result}", ct),
            ]))
            .AddDialog(new WaterfallDialog("first", [(step, ct) => step.ReplaceDialogAsync("second", null, ct)]))
            .AddDialog(new WaterfallDialog("second", [
                (step, ct) => step.PromptAsync("text", Steps.Ask("Second asks"), ct),
                (step, ct) => step.EndDialogAsync($"second: {step.Result}", ct),
            ]))
            .AddDialog(new TextPrompt("text"));
        var host = new DialogTestHost(root);

        await host.Flow()
            .Send("hi").AssertReply("Second asks")
            .Send("ok").AssertReply("[Complete] main got second: ok")
            .StartTestAsync();
    }

    [Fact]
    public async Task BeginDialogAsync_UnknownId_Throws()
    {
        var waterfall = new WaterfallDialog("lost", [(step, ct) => step.BeginDialogAsync("nowhere", null, ct)]);
        var host = new DialogTestHost(waterfall);

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Flow().Send("go").StartTestAsync());
    }

    private sealed record Greeting(string Name);
}
