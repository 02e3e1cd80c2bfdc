using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace SupportBot.Cards;

/// <summary>Turns a card data record into the JSON the template binds: camelCase names, enums as camelCase text, no nulls.</summary>
internal static class CardDataSerializer
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        // A null must read as "missing" so that $when="${exists(x)}" can leave an optional part out.
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy()) },
    });

    public static JObject ToJson<TData>(TData data)
        where TData : ICardData
    {
        ArgumentNullException.ThrowIfNull(data);
        return JObject.FromObject(data, Serializer);
    }
}
