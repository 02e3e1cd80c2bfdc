using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Cards;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>Message building shared by the flows: formatting in the turn's language and next-step buttons.</summary>
internal static class FlowMessages
{
    /// <summary>The turn's language as a format provider (the host applies it per turn with TurnCulture).</summary>
    public static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>A resource template filled in the turn's language.</summary>
    public static string Format(string template, params object?[] args) => string.Format(Culture, template, args);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Date(DateTimeOffset moment) => Date(DateOnly.FromDateTime(moment.UtcDateTime));

    public static CardAction Button(string title, string reply) => new(ActionTypes.ImBack, title, value: reply);

    public static CardAction MenuButton => Button(Strings.MenuButton, MenuReplies.Menu);

    /// <summary>A text message with the next steps as suggested actions.</summary>
    public static IMessageActivity Text(string text, params CardAction[] nextSteps)
    {
        var message = MessageFactory.Text(text);
        return WithNextSteps(message, nextSteps);
    }

    /// <summary>Cards (with an optional note above them) and the next steps as suggested actions.</summary>
    public static IMessageActivity Cards(string? note, IEnumerable<Attachment> cards, params CardAction[] nextSteps)
    {
        var message = MessageFactory.Attachment(cards, note);
        return WithNextSteps(message, nextSteps);
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

    private static IMessageActivity WithNextSteps(IMessageActivity message, CardAction[] nextSteps)
    {
        if (nextSteps.Length > 0)
        {
            message.SuggestedActions = new SuggestedActions { Actions = [.. nextSteps] };
        }

        return message;
    }
}
