using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot;

/// <summary>
/// Shows "SupportBot is typing" while a turn takes longer than a moment: a typing activity after half a second, then
/// every three seconds (clients show one for three seconds) until the turn ends. Only for messages on channels that
/// show it and whose replies are sent as they come; an <c>expectReplies</c> turn returns all its replies at once.
/// </summary>
public sealed class TypingIndicator(TimeProvider time)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(3);
    private static readonly HashSet<string> ChannelsThatShowIt = [Channels.Msteams, Channels.Webchat, Channels.Emulator, Channels.Directline];

    /// <summary>Starts the indicator for the turn; disposing it stops the indicator.</summary>
    public IAsyncDisposable Start(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message
            || activity.DeliveryMode == DeliveryModes.ExpectReplies
            || !ChannelsThatShowIt.Contains(activity.ChannelId ?? string.Empty))
        {
            return Stopped.Instance;
        }

        var stop = new CancellationTokenSource();
        return new Running(stop, SendWhileRunningAsync(turnContext, stop.Token));
    }

    private async Task SendWhileRunningAsync(ITurnContext turnContext, CancellationToken stop)
    {
        try
        {
            await Task.Delay(FirstDelay, time, stop);
            while (!stop.IsCancellationRequested)
            {
                var typing = turnContext.Activity.CreateReply();
                typing.Type = ActivityTypes.Typing;
                typing.Text = null;
                typing.Locale = null;

                // Straight to the adapter: typing is not a reply the turn's own handlers should see.
                await turnContext.Adapter.SendActivitiesAsync(turnContext, [typing], stop);
                await Task.Delay(Period, time, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn ended.
        }
        catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException)
        {
            // A typing indicator that cannot be delivered is not worth failing or retrying a turn for.
        }
    }

    private sealed class Running(CancellationTokenSource stop, Task sending) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await sending;
            stop.Dispose();
        }
    }

    private sealed class Stopped : IAsyncDisposable
    {
        public static readonly Stopped Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
