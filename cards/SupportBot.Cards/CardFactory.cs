using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Cards.Templating;

namespace SupportBot.Cards;

/// <summary>
/// Builds Adaptive Card attachments by binding a card's data record to its embedded template.
/// Register it with <see cref="Microsoft.Extensions.DependencyInjection.CardServiceCollectionExtensions.AddSupportCards"/>.
/// </summary>
public sealed class CardFactory
{
    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    private readonly CardTemplateLibrary _templates = CardTemplateLibrary.Shared;

    /// <summary>Binds <paramref name="data"/> to its template and returns the card as an attachment.</summary>
    /// <exception cref="TemplateBindingException">The data left a bound value missing, or a binding failed.</exception>
    public Attachment Create<TData>(TData data)
        where TData : ICardData => new()
        {
            ContentType = AdaptiveCardContentType,
            Content = Bind(data),
        };

    internal JObject Bind<TData>(TData data)
        where TData : ICardData
    {
        var bound = TemplateBinder.Bind(_templates.Get(TData.Template), CardDataSerializer.ToJson(data));
        if (bound.MissingPaths.Count > 0)
        {
            // The official engine would show "${path}" to the user; a card must never do that.
            throw new TemplateBindingException(
                $"The {TData.Template} card needs values for: {string.Join(", ", bound.MissingPaths)}.");
        }

        return (JObject)bound.Content;
    }
}
