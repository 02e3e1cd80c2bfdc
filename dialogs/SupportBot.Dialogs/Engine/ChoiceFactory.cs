using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Cards;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Engine;

/// <summary>Puts a prompt's choices on its activity as buttons.</summary>
internal static class ChoiceFactory
{
    private static readonly CardFactory Cards = new();

    public static Activity AppendChoices(ITurnContext turnContext, Activity? prompt, IList<Choice> choices, ListStyle style)
    {
        var activity = prompt ?? (Activity)MessageFactory.Text(string.Empty, inputHint: InputHints.ExpectingInput);
        if (choices.Count == 0)
        {
            return activity;
        }

        switch (Resolve(turnContext.Activity, style))
        {
            case ListStyle.None:
                break;
            case ListStyle.HeroCard:
                var card = new HeroCard(text: activity.Text, buttons: ToActions(choices));
                activity.Attachments = [.. activity.Attachments ?? [], card.ToAttachment()];
                activity.Text = null;
                break;
            case ListStyle.AdaptiveCard:
                activity.Attachments = [.. activity.Attachments ?? [], Cards.Create(new PromptCardData(activity.Text ?? string.Empty, ToButtons(choices)))];
                activity.Text = null;
                break;
            default:
                activity.SuggestedActions = new SuggestedActions { Actions = ToActions(choices) };
                break;
        }

        return activity;
    }

    /// <summary>The question's Adaptive Card once answered: the answer shown, every button disabled.</summary>
    public static Attachment AnsweredCard(Activity? prompt, IList<Choice> choices, string answer)
        => Cards.Create(new PromptCardData(prompt?.Text ?? string.Empty, ToButtons(choices), answer));

    /// <summary>The title of the button that stands for <paramref name="value"/>.</summary>
    public static string TitleOf(IList<Choice> choices, string value)
    {
        var choice = choices.FirstOrDefault(candidate => string.Equals(candidate.Value, value, StringComparison.Ordinal));
        return choice?.Action?.Title ?? choice?.Value ?? value;
    }

    // Suggested actions post plain text, which a Teams group chat or channel delivers to the bot only with an
    // @mention; card buttons always reach it. In Teams every question is a card, so a Universal Action can mark it answered.
    private static ListStyle Resolve(Activity activity, ListStyle style)
        => style is ListStyle.Auto or ListStyle.SuggestedAction
            && (SharedConversation.IsShared(activity) || UniversalActions.AreSupportedOn(activity.ChannelId))
            ? ListStyle.AdaptiveCard
            : style;

    private static List<SubmitButton> ToButtons(IEnumerable<Choice> choices)
        => [.. choices.Select(ToAction).Select(action => new SubmitButton(action.Title, action.Value?.ToString() ?? action.Title))];

    private static List<CardAction> ToActions(IEnumerable<Choice> choices) => [.. choices.Select(ToAction)];

    private static CardAction ToAction(Choice choice)
    {
        var action = choice.Action;
        return new CardAction
        {
            Type = action?.Type ?? ActionTypes.ImBack,
            Title = action?.Title ?? choice.Value,
            Value = action?.Value ?? choice.Value,
            Text = action?.Text,
            DisplayText = action?.DisplayText,
            Image = action?.Image,
            ImageAltText = action?.ImageAltText,
            ChannelData = action?.ChannelData,
        };
    }
}
