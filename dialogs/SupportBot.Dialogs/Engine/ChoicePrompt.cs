using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as buttons by default, and returns
/// a <see cref="FoundChoice"/>. Answers may be a button, the choice's text or part of it, an ordinal
/// ("second", "ikinci") or a number ("2"), in any case and with or without Turkish diacritics.
/// </summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>How choices are shown when the options do not say.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var prompt = ChoiceFactory.AppendChoices(turnContext, SelectPrompt(options, isRetry), options.Choices ?? [], options.Style ?? Style);
        await turnContext.SendActivityAsync(prompt, cancellationToken);
    }

    protected override Attachment? AnsweredCard(ITurnContext turnContext, PromptOptions options, FoundChoice value)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(value);
        var choices = options.Choices ?? [];
        return ChoiceFactory.AnsweredCard(options.Prompt, choices, ChoiceFactory.TitleOf(choices, value.Value));
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizer.Recognize(UserInput.GetText(turnContext.Activity), options.Choices ?? []);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found });
    }
}
