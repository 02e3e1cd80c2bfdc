using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Engine;

/// <summary>Puts a prompt's choices on its activity as buttons.</summary>
internal static class ChoiceFactory
{
    public static Activity AppendChoices(Activity? prompt, IList<Choice> choices, ListStyle style)
    {
        var activity = prompt ?? (Activity)MessageFactory.Text(string.Empty, inputHint: InputHints.ExpectingInput);
        if (choices.Count == 0)
        {
            return activity;
        }

        switch (style)
        {
            case ListStyle.None:
                break;
            case ListStyle.HeroCard:
                var card = new HeroCard(text: activity.Text, buttons: ToActions(choices));
                activity.Attachments = [.. activity.Attachments ?? [], card.ToAttachment()];
                activity.Text = null;
                break;
            default:
                activity.SuggestedActions = new SuggestedActions { Actions = ToActions(choices) };
                break;
        }

        return activity;
    }

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
