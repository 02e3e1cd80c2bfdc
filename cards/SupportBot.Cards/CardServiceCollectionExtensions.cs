using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Cards;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the card factory.</summary>
public static class CardServiceCollectionExtensions
{
    /// <summary>Adds <see cref="CardFactory"/> as a singleton (templates are loaded once and shared).</summary>
    public static IServiceCollection AddSupportCards(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<CardFactory>();
        return services;
    }
}
