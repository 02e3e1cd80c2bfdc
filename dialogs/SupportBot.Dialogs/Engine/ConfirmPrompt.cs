using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Asks a yes/no question with Yes/No (or Evet/Hayır) buttons and returns a bool. Yes and no are recognized
/// in English and Turkish whatever the UI language: "yes", "ok", "👍", "evet", "tamam", "no", "hayir", "yok"...
/// </summary>
public class ConfirmPrompt : Prompt<bool>
{
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>How the yes/no buttons are shown when the options do not say.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var prompt = ChoiceFactory.AppendChoices(turnContext, SelectPrompt(options, isRetry), Buttons(), options.Style ?? Style);
        await turnContext.SendActivityAsync(prompt, cancellationToken);
    }

    protected override Attachment? AnsweredCard(ITurnContext turnContext, PromptOptions options, bool value)
    {
        ArgumentNullException.ThrowIfNull(options);
        var buttons = Buttons();
        return ChoiceFactory.AnsweredCard(options.Prompt, buttons, buttons[value ? 0 : 1].Value);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var answer = ConfirmRecognizer.Recognize(UserInput.GetText(turnContext.Activity));
        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = answer.HasValue, Value = answer ?? false });
    }

    private static Choice[] Buttons() => PromptCulture.IsTurkish ? [new("Evet"), new("Hayır")] : [new("Yes"), new("No")];
}
