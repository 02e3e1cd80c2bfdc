using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>Message building shared by the flows: formatting in the turn's language and next-step buttons.</summary>
internal static class FlowMessages
{
    /// <summary>The turn's language (the host sets the UI culture per turn), as a format provider.</summary>
    public static CultureInfo Culture => CultureInfo.GetCultureInfo(CultureInfo.CurrentUICulture.Name);

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

    private static IMessageActivity WithNextSteps(IMessageActivity message, CardAction[] nextSteps)
    {
        if (nextSteps.Length > 0)
        {
            message.SuggestedActions = new SuggestedActions { Actions = [.. nextSteps] };
        }

        return message;
    }
}
