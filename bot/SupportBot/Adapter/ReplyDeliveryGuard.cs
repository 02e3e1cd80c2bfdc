using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Adapter;

/// <summary>
/// Marks a failure to send or update a reply through the channel's connector as a
/// <see cref="ReplyDeliveryException"/>, so the turn-error handler can tell "the channel is unreachable" (log it,
/// keep the conversation as it was, answer the request 200) from a fault of the bot. Under expectReplies nothing
/// is sent over the network, so nothing is wrapped.
/// </summary>
public sealed class ReplyDeliveryGuard : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.DeliveryMode != DeliveryModes.ExpectReplies)
        {
            turnContext.OnSendActivities((context, _, send) => DeliverAsync(context, send));
            turnContext.OnUpdateActivity((context, _, update) => DeliverAsync(context, update));
        }

        await next(cancellationToken);
    }

    private static async Task<T> DeliverAsync<T>(ITurnContext context, Func<Task<T>> deliver)
    {
        try
        {
            return await deliver();
        }
        catch (Exception exception) when (IsDeliveryFailure(exception))
        {
            throw ReplyDeliveryException.To(context.Activity.ServiceUrl, exception);
        }
    }

    // A cancelled turn is not a delivery failure, but an HTTP client timeout (a cancellation caused by a
    // TimeoutException) is.
    private static bool IsDeliveryFailure(Exception exception)
        => exception is not ReplyDeliveryException
            && (exception is not OperationCanceledException || exception.InnerException is TimeoutException);
}
