using Newtonsoft.Json;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// The values the steps of one waterfall run share. Steps use <see cref="Items"/> directly; JSON sees each
/// value boxed with its type (see <see cref="StateValue"/>), so an int stored in step 1 is an int in step 3.
/// </summary>
internal sealed class WaterfallValues
{
    [JsonIgnore]
    public Dictionary<string, object> Items { get; } = new(StringComparer.Ordinal);

    [JsonProperty("items", ObjectCreationHandling = ObjectCreationHandling.Replace)]
    public Dictionary<string, object?> SerializedItems
    {
        get => Items.ToDictionary(item => item.Key, item => StateValue.Box(item.Value), StringComparer.Ordinal);
        set
        {
            Items.Clear();
            foreach (var (key, boxed) in value)
            {
                Items[key] = StateValue.Unbox(boxed)!;
            }
        }
    }
}
