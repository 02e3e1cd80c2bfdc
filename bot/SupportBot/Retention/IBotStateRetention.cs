namespace SupportBot.Retention;

/// <summary>Deletes bot state nobody has used for a while.</summary>
public interface IBotStateRetention
{
    /// <summary>Deletes at most <paramref name="limit"/> items of <paramref name="scope"/> last used before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteUnusedSinceAsync(StateScope scope, DateTimeOffset cutoff, int limit, CancellationToken cancellationToken);
}
