using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

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

    public static CardAction Button(string title, string reply) => new(ActionTypes.ImBack, title, value: reply);
}
