using System.Globalization;
using Microsoft.Bot.Schema;

namespace SupportBot.DirectLine;

/// <summary>
/// One conversation's history: the user's activities and the bot's replies, in order, each numbered. The
/// watermark is the number of the last activity a client has; only the newest activities are kept, but
/// the numbering never restarts. Turns run one at a time, so a user's activity and its replies stay together.
/// </summary>
public sealed class DirectLineConversation
{
    private readonly Lock _gate = new();
    private readonly LinkedList<(long Sequence, Activity Activity)> _history = new();
    private readonly int _maxActivities;
    private long _lastSequence;
    private long _lastUsedTicks;

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

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);

    /// <summary>The id the next appended activity will get; stable while <see cref="TurnLock"/> is held.</summary>
    public string NextActivityId()
    {
        lock (_gate)
        {
            return ActivityId(_lastSequence + 1);
        }
    }

    /// <summary>Numbers the activity, gives it its id, and keeps it.</summary>
    public void Append(Activity activity)
    {
        lock (_gate)
        {
            _lastSequence++;
            activity.Id = ActivityId(_lastSequence);
            _history.AddLast((_lastSequence, activity));
            while (_history.Count > _maxActivities)
            {
                _history.RemoveFirst();
            }
        }
    }

    /// <summary>Activities after the watermark, at most <paramref name="max"/>, and the watermark to send next.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) After(long watermark, int max)
    {
        lock (_gate)
        {
            var page = new List<Activity>();
            var last = Math.Min(watermark, _lastSequence);
            foreach (var (sequence, activity) in _history)
            {
                if (sequence <= watermark)
                {
                    continue;
                }

                if (page.Count == max)
                {
                    break;
                }

                page.Add(activity);
                last = sequence;
            }

            return (page, last);
        }
    }

    private string ActivityId(long sequence) => Id + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);
}
