using Newtonsoft.Json.Linq;

namespace SupportBot.Cards.Tests;

/// <summary>A card template bound with sample data: what the official libraries are given to check.</summary>
public sealed record SampleCard(string Name, JObject Template, JObject Data, JObject Bound)
{
    public static SampleCard Of<TData>(string name, TData data)
        where TData : ICardData => new(
            name,
            CardTemplateLibrary.Shared.Get(TData.Template),
            CardDataSerializer.ToJson(data),
            (JObject)new CardFactory().Create(data).Content);

    public override string ToString() => Name;
}
