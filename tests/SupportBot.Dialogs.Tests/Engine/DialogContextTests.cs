using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

public class DialogContextTests
{
    private static DialogContext EmptyContext()
    {
        var turnContext = new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message, text: "hi"));
        return new DialogContext(new DialogSet(), turnContext, new DialogState());
    }

    [Fact]
    public async Task ContinueDialogAsync_EmptyStack_ReturnsEmpty()
        => Assert.Equal(DialogTurnStatus.Empty, (await EmptyContext().ContinueDialogAsync()).Status);

    [Fact]
    public async Task CancelAllDialogsAsync_EmptyStack_ReturnsEmpty()
        => Assert.Equal(DialogTurnStatus.Empty, (await EmptyContext().CancelAllDialogsAsync(CancellationToken.None)).Status);

    [Fact]
    public async Task ReplayActiveStepAsync_EmptyStack_ReturnsEmpty()
        => Assert.Equal(DialogTurnStatus.Empty, (await EmptyContext().ReplayActiveStepAsync()).Status);

    [Fact]
    public void GetActivePromptOptions_EmptyStack_ReturnsNull()
        => Assert.Null(EmptyContext().GetActivePromptOptions());

    [Fact]
    public async Task EndDialogAsync_LastDialog_ReturnsCompleteWithResult()
    {
        var dc = EmptyContext();
        dc.Dialogs.Add(new WaterfallDialog("wait", [(step, ct) => Task.FromResult(Dialog.EndOfTurn)]));
        await dc.BeginDialogAsync("wait");

        var result = await dc.EndDialogAsync("done");

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal("done", result.Result);
        Assert.Empty(dc.Stack);
    }
}
