namespace SupportBot.Turns;

/// <summary>
/// The record of activities whose turns have been handled, kept with the bot state so a redelivered activity
/// (a channel retrying a slow bot, a double-clicked button) changes nothing. Durable and shared: it survives a
/// restart and every instance on the same database sees it.
/// </summary>
public interface IHandledActivityLog
{
    Task<bool> WasHandledAsync(ActivityKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the turn's state changes and records its activity as handled, in one transaction. Returns false,
    /// having written nothing, when the activity was recorded first by another turn (another instance ran the
    /// same activity at the same time).
    /// </summary>
    Task<bool> CommitAsync(TurnCommit commit, CancellationToken cancellationToken);

    /// <summary>Forgets activities handled before <paramref name="cutoff"/>, at most <paramref name="limit"/>; returns how many.</summary>
    Task<int> ForgetHandledBeforeAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken);
}
