using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

public class ComponentDialogTests
{
    /// <summary>root → main waterfall → "address" component → its waterfall → prompts.</summary>
    private static ComponentDialog NestedDialogs()
    {
        var address = new ComponentDialog("address")
            .AddDialog(new WaterfallDialog("address-steps", [
                (step, ct) => step.PromptAsync("text", Steps.Ask("City?"), ct),
                (step, ct) =>
                {
                    step.Values["city"] = step.Result!;
                    return step.PromptAsync("text", Steps.Ask("Street?"), ct);
                },
                (step, ct) => step.EndDialogAsync($"{step.Result}, {step.Values["city"]}", ct),
            ]))
            .AddDialog(new TextPrompt("text"));

        return new CancelAndHelpDialog("root")
            .AddDialog(new WaterfallDialog("main", [
                (step, ct) => step.BeginDialogAsync("address", null, ct),
                (step, ct) => step.PromptAsync("confirm", Steps.Ask($"Ship to {step.Result}?"), ct),
                (step, ct) => step.EndDialogAsync((bool)step.Result! ? "shipped" : "kept", ct),
            ]))
            .AddDialog(address)
            .AddDialog(new ConfirmPrompt("confirm"));
    }

    [Fact]
    public async Task NestedComponent_Finishes_ParentStepGetsItsResult()
    {
        var host = new DialogTestHost(NestedDialogs());

        await host.Flow()
            .Send("hi").AssertReply("City?")
            .Send("Izmir").AssertReply("Street?")
            .Send("Kordon 1").AssertReply("Ship to Kordon 1, Izmir?")
            .Send("yes").AssertReply("[Complete] shipped")
            .StartTestAsync();
    }

    [Fact]
    public async Task InterruptionBase_CancelInsideNestedComponent_EndsEverything()
    {
        var host = new DialogTestHost(NestedDialogs());

        await host.Flow()
            .Send("hi").AssertReply("City?")
            .Send("Izmir").AssertReply("Street?")
            .Send("cancel").AssertReply("Cancelling.").AssertReply("[Cancelled] -")
            .Send("hi again").AssertReply("City?")
            .StartTestAsync();
    }

    [Fact]
    public async Task InitialDialogId_Set_StartsThatDialogFirst()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("first", [(step, ct) => step.EndDialogAsync("first", ct)]))
            .AddDialog(new WaterfallDialog("second", [(step, ct) => step.EndDialogAsync("second", ct)]));
        root.InitialDialogId = "second";
        var host = new DialogTestHost(root);

        await host.Flow().Send("hi").AssertReply("[Complete] second").StartTestAsync();
    }

    [Fact]
    public void DialogSet_TwoDialogsWithOneId_Throws()
    {
        var set = new DialogSet();
        set.Add(new TextPrompt("same"));

        Assert.Throws<ArgumentException>(() => set.Add(new NumberPrompt<int>("same")));
    }
}
