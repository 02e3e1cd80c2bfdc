using Microsoft.Bot.Builder;

namespace SupportBot.Turns;

/// <summary>
/// The <see cref="IStorage"/> that bot state is given. Inside a turn with an open <see cref="TurnStateBatch"/>,
/// writes and deletes are collected into the batch (and reads see them) instead of reaching the database, and
/// the keys read are noted; outside a turn, everything goes straight through.
/// </summary>
public sealed class TurnBatchingStorage(IStorage inner) : IStorage
{
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (TurnStateBatch.Current is not { } batch)
        {
            return await inner.ReadAsync(keys, cancellationToken);
        }

        batch.NoteRead(keys);
        var items = new Dictionary<string, object>(StringComparer.Ordinal);
        var unstaged = new List<string>();
        foreach (var key in keys)
        {
            if (!batch.TryGetStaged(key, out var staged))
            {
                unstaged.Add(key);
            }
            else if (staged is not null)
            {
                items[key] = staged;
            }
        }

        if (unstaged.Count > 0)
        {
            foreach (var (key, value) in await inner.ReadAsync([.. unstaged], cancellationToken))
            {
                items[key] = value;
            }
        }

        return items;
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (TurnStateBatch.Current is not { } batch)
        {
            return inner.WriteAsync(changes, cancellationToken);
        }

        batch.Stage(changes);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (TurnStateBatch.Current is not { } batch)
        {
            return inner.DeleteAsync(keys, cancellationToken);
        }

        batch.StageDeletes(keys);
        return Task.CompletedTask;
    }
}
