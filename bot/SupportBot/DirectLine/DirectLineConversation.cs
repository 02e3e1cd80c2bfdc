using System.Globalization;

namespace SupportBot.DirectLine;

/// <summary>
/// One conversation's history: the user's activities and the bot's replies, in order, each numbered. The
/// watermark is the number of the last activity a client has; only the newest activities are kept, but the
/// numbering never restarts. Activities are kept as their serialized JSON, which is both a snapshot (nothing
/// changes them later) and their exact cost in memory, which <see cref="DirectLineConversationStore"/> budgets.
/// Turns run one at a time, so a user's activity and its replies stay together.
/// </summary>
public sealed class DirectLineConversation
{
    private readonly Lock _gate = new();
    private readonly LinkedList<(long Sequence, byte[] Json)> _history = new();
    private readonly int _maxActivities;
    private long _lastSequence;
    private long _lastUsedTicks;
    private long _bytes;

    public DirectLineConversation(string id, string userId, string? userName, int maxActivities, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        UserName = userName;
        _maxActivities = maxActivities;
        _lastUsedTicks = now.UtcTicks;
    }

    public string Id { get; }

    /// <summary>The user the conversation was started for; every activity posted to it is from this user.</summary>
    public string UserId { get; }

    public string? UserName { get; }

    /// <summary>Held while a turn runs, so turns of one conversation never interleave.</summary>
    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    public DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    /// <summary>The bytes of JSON this conversation keeps.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);

    /// <summary>The id the next appended activity will get; stable while <see cref="TurnLock"/> is held.</summary>
    public string NextActivityId()
    {
        lock (_gate)
        {
            return ActivityId(_lastSequence + 1);
        }
    }

    /// <summary>
    /// Keeps the JSON of the activity numbered next (its id came from <see cref="NextActivityId"/> under
    /// <see cref="TurnLock"/>); returns the change in bytes kept.
    /// </summary>
    public long Append(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        lock (_gate)
        {
            _lastSequence++;
            _history.AddLast((_lastSequence, json));
            var change = (long)json.Length;
            while (_history.Count > _maxActivities)
            {
                change -= DropOldest();
            }

            _bytes += change;
            return change;
        }
    }

    /// <summary>Forgets the oldest activity unless only the newest is left; returns the bytes freed.</summary>
    public long TrimOldest()
    {
        lock (_gate)
        {
            if (_history.Count <= 1)
            {
                return 0;
            }

            var freed = DropOldest();
            _bytes -= freed;
            return freed;
        }
    }

    /// <summary>Activities after the watermark (as JSON), at most <paramref name="max"/>, and the watermark to send next.</summary>
    public (IReadOnlyList<byte[]> Activities, long Watermark) After(long watermark, int max)
    {
        lock (_gate)
        {
            var page = new List<byte[]>();
            var last = Math.Min(watermark, _lastSequence);
            foreach (var (sequence, json) in _history)
            {
                if (sequence <= watermark)
                {
                    continue;
                }

                if (page.Count == max)
                {
                    break;
                }

                page.Add(json);
                last = sequence;
            }

            return (page, last);
        }
    }

    private long DropOldest()
    {
        var oldest = _history.First!.Value.Json.Length;
        _history.RemoveFirst();
        return oldest;
    }

    private string ActivityId(long sequence) => Id + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);
}
