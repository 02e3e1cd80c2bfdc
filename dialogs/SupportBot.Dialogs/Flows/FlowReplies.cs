using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Cards;

namespace SupportBot.Dialogs.Flows;

/// <summary>Messages that end with next steps as buttons, each sending a reply the recognizer routes.</summary>
internal static class FlowReplies
{
    public static IMessageActivity WithButtons(string text, params CardAction[] buttons)
    {
        var message = MessageFactory.Text(text);
        message.SuggestedActions = new SuggestedActions { Actions = [.. buttons] };
        return message;
    }

    /// <summary>A refusal that points to the paid plans: the text with the plans card under it.</summary>
    public static IMessageActivity WithPlansCard(CardFactory cards, string text)
        => MessageFactory.Attachment(cards.Create(SupportPlansCardBuilder.Build()), text);

    /// <summary>The text with a hero card of Action.OpenUrl buttons (where to open an incident).</summary>
    public static IMessageActivity WithLinks(string text, string title, params (string Title, Uri Url)[] links)
    {
        var card = new HeroCard(
            title: title,
            buttons: [.. links.Select(link => new CardAction(ActionTypes.OpenUrl, link.Title, value: link.Url.ToString()))]);
        return MessageFactory.Attachment(card.ToAttachment(), text);
    }

    public static CardAction Button(string title, string reply) => new(ActionTypes.ImBack, title, value: reply);
}
