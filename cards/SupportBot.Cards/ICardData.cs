namespace SupportBot.Cards;

/// <summary>
/// The data record of one card: every user-visible string already localized, ids and URLs as fields.
/// Its properties bind to the template as camelCase names; null properties are left out.
/// </summary>
public interface ICardData
{
    /// <summary>The template this record fills.</summary>
    static abstract CardTemplate Template { get; }
}
