using Microsoft.Bot.Builder;
using SupportBot.Storage;

namespace SupportBot.Dialogs.Tests.Engine;

/// <summary>
/// Storage that keeps every item as a JSON string written with the host's own settings
/// (<see cref="StateJsonSerializer"/>), so every turn reads its state back from text.
/// </summary>
internal sealed class JsonRoundTripStorage : IStorage
{
    private readonly Dictionary<string, string> _items = [];

    public IReadOnlyDictionary<string, string> Items => _items;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, object>();
        foreach (var key in keys)
        {
            if (_items.TryGetValue(key, out var json))
            {
                found[key] = StateJsonSerializer.Deserialize(json)!;
            }
        }

        return Task.FromResult<IDictionary<string, object>>(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            _items[key] = StateJsonSerializer.Serialize(value);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            _items.Remove(key);
        }

        return Task.CompletedTask;
    }
}
