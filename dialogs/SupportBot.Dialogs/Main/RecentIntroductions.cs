using System.Collections.Concurrent;

namespace SupportBot.Dialogs.Main;

/// <summary>
/// The conversations this process introduced the bot to in the last minute. Their state says so only once their
/// turn is committed; until then a second install event of the same conversation must find the claim here.
/// </summary>
internal sealed class RecentIntroductions(TimeProvider time)
{
    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(1);
    private const int TrimAbove = 1024;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _claims = new(StringComparer.Ordinal);

    /// <summary>True for the first claim of a conversation within the last minute, false for any other.</summary>
    public bool TryClaim(string conversationId)
    {
        var now = time.GetUtcNow();
        if (_claims.Count > TrimAbove)
        {
            foreach (var (id, claimedAt) in _claims)
            {
                if (now - claimedAt > Memory)
                {
                    _claims.TryRemove(id, out _);
                }
            }
        }

        if (_claims.TryAdd(conversationId, now))
        {
            return true;
        }

        // An old claim whose turn has long been committed: the saved state decides from here.
        return _claims.TryGetValue(conversationId, out var previous) && now - previous > Memory && _claims.TryUpdate(conversationId, now, previous);
    }
}
