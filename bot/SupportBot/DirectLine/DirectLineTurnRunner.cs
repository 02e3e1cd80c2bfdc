using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Adapter;

namespace SupportBot.DirectLine;

/// <summary>
/// Runs one activity through the same adapter, middleware, bot and dialogs as <c>/api/messages</c>, in
/// process, and hands back the bot's replies in the order it sent them. The activity is marked
/// <c>expectReplies</c>, so the turn buffers its replies instead of calling a connector.
/// </summary>
public sealed class DirectLineTurnRunner(SupportBotAdapter adapter, IBot bot, DirectLineBot botAccount)
{
    public async Task<IReadOnlyList<Activity>> RunAsync(Activity activity, string userId, CancellationToken cancellationToken)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var replies = new List<Activity>();
        var identity = DirectLineTurnIdentity.Create(userId, botAccount.MicrosoftAppId);

        // CloudAdapter's only public way to run a turn under an identity we vouch for, rather than one it
        // authenticates from a header, is the "continue" entry point; it runs the full pipeline and
        // OnTurnError all the same.
        await adapter.ContinueConversationAsync(
            identity,
            activity,
            async (turnContext, token) =>
            {
                turnContext.OnSendActivities(async (_, sent, next) =>
                {
                    var responses = await next();
                    replies.AddRange(sent.Where(reply => reply.Type != ActivityTypes.Trace));
                    return responses;
                });
                await bot.OnTurnAsync(turnContext, token);
            },
            cancellationToken);
        return replies;
    }
}
