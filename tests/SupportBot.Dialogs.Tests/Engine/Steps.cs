using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

/// <summary>Small building blocks for test dialogs, so each test shows only the steps it is about.</summary>
internal static class Steps
{
    public static PromptOptions Ask(string text, string? retry = null, int maxAttempts = PromptOptions.DefaultMaxAttempts)
        => new()
        {
            Prompt = MessageFactory.Text(text),
            RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
            MaxAttempts = maxAttempts,
        };

    public static PromptOptions Choose(string text, params string[] choices)
        => new() { Prompt = MessageFactory.Text(text), Choices = [.. choices.Select(choice => new Choice(choice))] };

    /// <summary>A waterfall that starts <paramref name="promptId"/> and ends with its result.</summary>
    public static WaterfallDialog PromptThenEnd(string promptId, Func<PromptOptions> options)
        => new("ask", [
            (step, ct) => step.PromptAsync(promptId, options(), ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]);

    /// <summary>A root dialog holding <paramref name="prompt"/> and a waterfall that asks it once.</summary>
    public static ComponentDialog SinglePrompt(Dialog prompt, Func<PromptOptions> options)
        => new ComponentDialog("root")
            .AddDialog(PromptThenEnd(prompt.Id, options))
            .AddDialog(prompt);
}
