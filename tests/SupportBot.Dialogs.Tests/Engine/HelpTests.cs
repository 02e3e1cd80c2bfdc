using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

public class HelpTests
{
    /// <summary>CancelAndHelpDialog → waterfall → "plan" component → waterfall → choice prompt with help.</summary>
    private static CancelAndHelpDialog PlanQuestion()
    {
        var plan = new ComponentDialog("plan")
            .AddDialog(Steps.PromptThenEnd("choice", () =>
            {
                var options = Steps.Choose("Which plan?", "Silver", "Gold");
                options.RetryPrompt = MessageFactory.Text("Silver or Gold?");
                options.Help = MessageFactory.Text("Gold includes 20 incidents; Silver includes 5.");
                options.MaxAttempts = 2;
                return options;
            }))
            .AddDialog(new ChoicePrompt("choice"));

        var root = new CancelAndHelpDialog("root");
        root.AddDialog(new WaterfallDialog("main", [
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync("Welcome.", cancellationToken: ct);
                    return await step.BeginDialogAsync("plan", null, ct);
                },
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]))
            .AddDialog(plan);
        return root;
    }

    [Fact]
    public async Task Help_WhilePromptWaitsInNestedComponent_ShowsStepHelpAndAsksAgainWithButtons()
    {
        await new DialogTestHost(PlanQuestion()).Flow()
            .Send("hi").AssertReply("Welcome.").AssertReply("Which plan?")
            .Send("help").AssertReply("Gold includes 20 incidents; Silver includes 5.")
            .AssertReply(activity =>
            {
                Assert.Equal("Which plan?", activity.AsMessageActivity().Text);
                Assert.Equal(["Silver", "Gold"], activity.AsMessageActivity().SuggestedActions.Actions.Select(action => action.Title));
            })
            .Send("gold").AssertReply("[Complete] Gold#1")
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_AskedRepeatedly_DoesNotUseUpAttempts()
    {
        await new DialogTestHost(PlanQuestion()).Flow()
            .Send("hi").AssertReply("Welcome.").AssertReply("Which plan?")
            .Send("bronze").AssertReply("Silver or Gold?")
            .Send("help").AssertReply("Gold includes 20 incidents; Silver includes 5.").AssertReply("Which plan?")
            .Send("help").AssertReply("Gold includes 20 incidents; Silver includes 5.").AssertReply("Which plan?")
            .Send("silver").AssertReply("[Complete] Silver#0")
            .StartTestAsync();
    }

    [Fact]
    public async Task GetActivePromptOptions_NoPromptWaiting_ReturnsNull()
    {
        var root = new CancelAndHelpDialog("root");
        root.AddDialog(new WaterfallDialog("wait", [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Say anything.", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));

        await new DialogTestHost(root).Flow()
            .Send("hi").AssertReply("Say anything.")
            .Send("help").AssertReply("No help here.")
            .StartTestAsync();
    }

    [Fact]
    public async Task GetActivePromptOptions_OnTheRootContext_FindsTheInnermostPrompt()
    {
        var helpSeen = new List<string?>();
        var conversationState = new ConversationState(new MemoryStorage());
        var accessor = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        var root = PlanQuestion();
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversationState));

        await new TestFlow(adapter, async (turnContext, ct) =>
            {
                var dc = await new DialogSet(accessor).Add(root).CreateContextAsync(turnContext, ct);
                helpSeen.Add(dc.GetActivePromptOptions()?.Help?.Text);
                await root.RunAsync(turnContext, accessor, ct);
            })
            .Send("hi").AssertReply("Welcome.").AssertReply("Which plan?")
            .Send("gold")
            .StartTestAsync();

        Assert.Equal([null, "Gold includes 20 incidents; Silver includes 5."], helpSeen);
    }
}
