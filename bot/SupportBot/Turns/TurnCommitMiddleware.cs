using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Bot;
using SupportBot.DirectLine;

namespace SupportBot.Turns;

/// <summary>
/// Makes a turn all-or-nothing and a redelivered activity a no-op.
/// <list type="bullet">
/// <item>Before the turn: if the activity (channel, conversation, id) was handled already, the bot does not run
/// at all: no state change, no booking, no prompt. A duplicate is acknowledged and answers nothing: 200 with no
/// body, <c>{"activities":[]}</c> under expectReplies, an empty message for a card action. The first delivery's
/// replies are not kept to be sent again: they may carry full IDs, and the database is no transcript.</item>
/// <item>The turn's state writes are held back (<see cref="TurnStateBatch"/>) and committed after the bot has
/// run, in one transaction with the record that the activity was handled. The record is made there, not
/// before the turn: a turn that failed half-way (an exception, a killed process) recorded nothing and saved
/// nothing, so its retry runs in full and the user's message is not lost.</item>
/// <item>Deliveries of one activity that arrive together queue in this process (<see cref="InFlightActivities"/>)
/// and then find it handled. Across instances sharing the database, two may run at once; the commit lets only
/// one record it, the other's state changes are dropped, and under expectReplies its replies too. Under normal
/// delivery its replies were already sent by then; bookings stay single because the ledger is keyed by the
/// activity as well.</item>
/// </list>
/// Activities our own Direct Line endpoint stamps are never redeliveries (it numbers them itself, and may number
/// a restarted conversation from 1 again), nor are the SDK's proactive continuation events; their turns commit
/// the same way without a record.
/// </summary>
public sealed partial class TurnCommitMiddleware(IHandledActivityLog log, InFlightActivities inFlight, ILogger<TurnCommitMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var key = MayBeRedelivered(turnContext) ? ActivityKey.Of(turnContext.Activity) : null;
        if (key is null)
        {
            await RunAndCommitAsync(turnContext, null, next, cancellationToken);
            return;
        }

        // Not tied to the request: a caller that gives up waiting must not turn into a failed turn.
        using var slot = await inFlight.EnterAsync(key);
        if (await log.WasHandledAsync(key, CancellationToken.None))
        {
            LogRedelivery(logger, key.ChannelId, key.ConversationId);
            AnswerAsAcknowledged(turnContext);
            return;
        }

        await RunAndCommitAsync(turnContext, key, next, cancellationToken);
    }

    private async Task RunAndCommitAsync(ITurnContext turnContext, ActivityKey? key, NextDelegate next, CancellationToken cancellationToken)
    {
        var batch = TurnStateBatch.Open();
        TurnCommit commit;
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            // On an exception the batch is dropped unwritten: the turn changed nothing and recorded nothing.
            commit = batch.Close(key);
        }

        if (commit.IsEmpty || await log.CommitAsync(commit, CancellationToken.None))
        {
            return;
        }

        LogLostRace(logger, key!.ChannelId, key.ConversationId);
        AnswerAsAcknowledged(turnContext);
    }

    private static bool MayBeRedelivered(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var isContinuation = activity.Type == ActivityTypes.Event && activity.Name == ActivityEventNames.ContinueConversation;
        return !isContinuation && !DirectLineTurnIdentity.TryGetUser(turnContext, out _);
    }

    private static void AnswerAsAcknowledged(ITurnContext turnContext)
    {
        if (turnContext is TurnContext context)
        {
            context.BufferedReplyActivities.Clear();
        }

        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            InvokeAnswers.Set(turnContext, InvokeAnswers.Acknowledged(turnContext.Activity));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity redelivered on {ChannelId} in conversation {ConversationId} was already handled; nothing done")]
    private static partial void LogRedelivery(ILogger logger, string channelId, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity on {ChannelId} in conversation {ConversationId} was handled by another instance at the same time; this turn's changes were dropped")]
    private static partial void LogLostRace(ILogger logger, string channelId, string conversationId);
}
