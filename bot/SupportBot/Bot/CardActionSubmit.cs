using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Cards;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot;

/// <summary>
/// Answers an <c>adaptiveCard/action</c> invoke (Universal Actions' <c>Action.Execute</c>). The action's data goes
/// through the dialogs as the same button's <c>Action.Submit</c> would (the dialogs read it from the invoke), the
/// bot's replies are sent as usual, and the invoke answers 200 with the card that replaces the pressed one when the
/// flow offered one (<see cref="CardUpdate"/>: the IDs shown, a spent button disabled, a question answered);
/// otherwise with a message carrying the text the bot replied, and the card stays as it was.
/// </summary>
internal static class CardActionSubmit
{
    public static async Task<AdaptiveCardInvokeResponse> RunAsync(
        ITurnContext<IInvokeActivity> turnContext,
        Func<ITurnContext, CancellationToken, Task> runDialogs,
        CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        turnContext.OnSendActivities(async (_, sent, next) =>
        {
            texts.AddRange(sent.Where(reply => reply.Type == ActivityTypes.Message && !string.IsNullOrEmpty(reply.Text)).Select(reply => reply.Text));
            return await next();
        });

        await runDialogs(turnContext, cancellationToken);
        return CardUpdate.Replacement(turnContext) is { } card
            ? new AdaptiveCardInvokeResponse { StatusCode = StatusCodes.Status200OK, Type = CardFactory.AdaptiveCardContentType, Value = card }
            : (AdaptiveCardInvokeResponse)InvokeAnswers.CardActionMessage(string.Join("\n", texts)).Body;
    }
}
