using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot;

/// <summary>
/// Answers an <c>adaptiveCard/action</c> invoke (Universal Actions' <c>Action.Execute</c>) the way its
/// documented fallback, an <c>Action.Submit</c> with the same data, would be answered: the action's data goes
/// through the dialogs as that submit's message, the bot's replies are sent as usual, and the invoke answers
/// 200 with a message response carrying the text the bot replied. Updating the card in place can build on this.
/// </summary>
internal static class CardActionSubmit
{
    public static async Task<AdaptiveCardInvokeResponse> RunAsync(
        ITurnContext<IInvokeActivity> turnContext,
        AdaptiveCardInvokeValue invokeValue,
        Func<ITurnContext, CancellationToken, Task> runMessage,
        CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        turnContext.OnSendActivities(async (_, sent, next) =>
        {
            texts.AddRange(sent.Where(reply => reply.Type == ActivityTypes.Message && !string.IsNullOrEmpty(reply.Text)).Select(reply => reply.Text));
            return await next();
        });

        // The dialogs read a submit from a message's Value. The invoke is dressed as that message only while they
        // run, so the adapter still sees an invoke afterwards and returns this method's invoke response.
        var activity = (Activity)turnContext.Activity;
        var invokeValueJson = activity.Value;
        activity.Type = ActivityTypes.Message;
        activity.Value = invokeValue.Action.Data;
        try
        {
            await runMessage(turnContext, cancellationToken);
        }
        finally
        {
            activity.Type = ActivityTypes.Invoke;
            activity.Value = invokeValueJson;
        }

        return (AdaptiveCardInvokeResponse)InvokeAnswers.CardActionMessage(string.Join("\n", texts)).Body;
    }
}
