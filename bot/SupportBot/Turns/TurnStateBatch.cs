namespace SupportBot.Turns;

/// <summary>
/// The bot-state writes of the turn running on this async flow, held back until the turn has run so that they
/// commit in one transaction with the turn's handled-activity record (<see cref="TurnCommitMiddleware"/>).
/// BotState talks only to <see cref="Microsoft.Bot.Builder.IStorage"/> and knows nothing of turns, hence an
/// ambient (async-local) batch that <see cref="TurnBatchingStorage"/> fills while it is open.
/// </summary>
public sealed class TurnStateBatch
{
    private static readonly AsyncLocal<TurnStateBatch?> Ambient = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, object?> _changes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private bool _closed;

    private TurnStateBatch()
    {
    }

    /// <summary>The open batch of the current turn, if any.</summary>
    public static TurnStateBatch? Current => Ambient.Value is { _closed: false } batch ? batch : null;

    /// <summary>Opens a batch for the rest of the current async flow.</summary>
    public static TurnStateBatch Open()
    {
        var batch = new TurnStateBatch();
        Ambient.Value = batch;
        return batch;
    }

    /// <summary>
    /// Closes the batch and returns what it collected. Work the turn left running (a task that outlives it)
    /// then writes straight to storage instead of into a batch nobody will commit.
    /// </summary>
    public TurnCommit Close(ActivityKey? handled)
    {
        lock (_gate)
        {
            _closed = true;
            if (ReferenceEquals(Ambient.Value, this))
            {
                Ambient.Value = null;
            }

            var used = _used.Where(key => !_changes.ContainsKey(key)).ToList();
            return new TurnCommit(handled, _changes.ToList(), used);
        }
    }

    public void Stage(IEnumerable<KeyValuePair<string, object>> changes)
    {
        lock (_gate)
        {
            foreach (var (key, value) in changes)
            {
                _changes[key] = value;
            }
        }
    }

    public void StageDeletes(IEnumerable<string> keys)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _changes[key] = null;
            }
        }
    }

    public void NoteRead(IEnumerable<string> keys)
    {
        lock (_gate)
        {
            _used.UnionWith(keys);
        }
    }

    /// <summary>What this turn has already written for <paramref name="key"/>: true with the value (null when deleted), or false.</summary>
    public bool TryGetStaged(string key, out object? value)
    {
        lock (_gate)
        {
            return _changes.TryGetValue(key, out value);
        }
    }
}
