using System.Collections.Concurrent;

namespace SupportBot.Adapter;

/// <summary>
/// Clients kept per key (app id, service URL, audience) for the life of the process. Bounded: past
/// <see cref="MaxEntries"/> keys a client is created for the turn and not kept, so service URLs sent by
/// callers cannot grow it without limit.
/// </summary>
internal sealed class SharedClientCache<T> : IDisposable
    where T : class, IDisposable
{
    public const int MaxEntries = 256;
    private readonly ConcurrentDictionary<string, Lazy<Task<T>>> _clients = new(StringComparer.Ordinal);

    /// <summary>The shared client for <paramref name="key"/>, or null when the cache is full and the caller should make its own.</summary>
    public async Task<T?> GetOrCreateAsync(string key, Func<Task<T>> create)
    {
        if (!_clients.TryGetValue(key, out var entry))
        {
            if (_clients.Count >= MaxEntries)
            {
                return null;
            }

            entry = _clients.GetOrAdd(key, _ => new Lazy<Task<T>>(create));
        }

        try
        {
            return await entry.Value;
        }
        catch
        {
            // A failed creation is not kept: the next turn tries again.
            _clients.TryRemove(new KeyValuePair<string, Lazy<Task<T>>>(key, entry));
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var entry in _clients.Values)
        {
            if (entry.IsValueCreated && entry.Value.IsCompletedSuccessfully)
            {
                entry.Value.Result.Dispose();
            }
        }

        _clients.Clear();
    }
}
