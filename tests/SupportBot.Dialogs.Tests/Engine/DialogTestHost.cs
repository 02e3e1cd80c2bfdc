using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

/// <summary>
/// A bot for conversation tests: runs <paramref name="root"/> with RunAsync over ConversationState, in the
/// host's current culture, and says how each turn ended ("[Complete] result") so transcripts show it.
/// </summary>
internal sealed class DialogTestHost(Dialog root, IStorage? storage = null)
{
    private readonly ConversationState _conversationState = new(storage ?? new MemoryStorage());
    private readonly List<DialogTurnResult> _results = [];

    public CultureInfo Culture { get; set; } = CultureInfo.GetCultureInfo("en-US");

    public IReadOnlyList<DialogTurnResult> Results => _results;

    public DialogTurnResult LastResult => _results[^1];

    public static DialogTestHost Turkish(Dialog root, IStorage? storage = null)
        => new(root, storage) { Culture = CultureInfo.GetCultureInfo("tr-TR") };

    public TestFlow Flow()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("engine-tests"))
            .Use(new AutoSaveStateMiddleware(_conversationState));
        return new TestFlow(adapter, TurnAsync);
    }

    private async Task TurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        CultureInfo.CurrentUICulture = Culture;
        var accessor = _conversationState.CreateProperty<DialogState>(nameof(DialogState));
        var result = await root.RunAsync(turnContext, accessor, cancellationToken);
        _results.Add(result);

        if (result.Status is DialogTurnStatus.Complete or DialogTurnStatus.Cancelled)
        {
            await turnContext.SendActivityAsync($"[{result.Status}] {Describe(result.Result)}", cancellationToken: cancellationToken);
        }
    }

    private static string Describe(object? result) => result switch
    {
        null => "-",
        FoundChoice choice => $"{choice.Value}#{choice.Index}",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => result.ToString() ?? "-",
    };
}
