using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Storage;

/// <summary>
/// One bot-state item ready to store: its JSON, the new ETag it gets, and the ETag the writer expects to
/// replace (null or <c>*</c>: overwrite). A null document in a set of changes means "delete the key".
/// </summary>
public sealed record StateDocument(string Json, string NewETag, string? ExpectedETag)
{
    private const string ETagProperty = "ETag";

    /// <summary>Serializes <paramref name="value"/> as stored; done before taking the write lock, so the lock covers the SQL alone.</summary>
    public static StateDocument From(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var newETag = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        if (value is not IStoreItem and not JObject)
        {
            // Bot state (a property bag) carries no ETag of its own: written as it is.
            return new StateDocument(StateJsonSerializer.Serialize(value), newETag, null);
        }

        var document = JObject.Parse(StateJsonSerializer.Serialize(value));
        document[ETagProperty] = newETag;
        return new StateDocument(document.ToString(Formatting.None), newETag, ETagOf(value));
    }

    /// <summary>The documents of a set of changes, in order; null values become deletions.</summary>
    public static List<(string Key, StateDocument? Document)> FromChanges(IEnumerable<KeyValuePair<string, object?>> changes)
        => changes.Select(change => (change.Key, change.Value is null ? null : From(change.Value))).ToList();

    private static string? ETagOf(object value) => value switch
    {
        IStoreItem item => item.ETag,
        JObject json => json.Value<string>(ETagProperty) ?? json.Value<string>("eTag"),
        _ => null,
    };
}
