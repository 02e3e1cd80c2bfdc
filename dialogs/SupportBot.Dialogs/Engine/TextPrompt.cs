using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>Asks for free text; any non-empty answer (typed or a card's <c>reply</c>) is recognized.</summary>
public class TextPrompt : Prompt<string>
{
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var prompt = SelectPrompt(options, isRetry);
        if (prompt is not null)
        {
            await turnContext.SendActivityAsync(prompt, cancellationToken);
        }
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = UserInput.GetText(turnContext.Activity);
        return Task.FromResult(new PromptRecognizerResult<string> { Succeeded = text.Length > 0, Value = text });
    }
}
