using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using SupportBot.Adapter;
using SupportBot.Bot;
using SupportBot.Dialogs;
using SupportBot.Storage;

namespace SupportBot.Hosting;

/// <summary>The composition root's one call: options, storage, state, the adapter and the bot.</summary>
public static class SupportBotHostingExtensions
{
    public static WebApplicationBuilder AddSupportBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SupportBotOptions>()
            .BindConfiguration(SupportBotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var contentRoot = builder.Environment.ContentRootPath;
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SupportBotOptions>>().Value;
            return new SqliteDatabase(Path.Combine(contentRoot, options.DataFolder));
        });
        services.AddSingleton<SqliteStorage>();
        services.AddSingleton<IStorage>(provider => provider.GetRequiredService<SqliteStorage>());
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();

        // Reads MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId;
        // with no MicrosoftAppId, authentication is off (the Emulator without credentials).
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<SupportBotAdapter>();
        services.AddSingleton<IBot, SupportBotActivityHandler>();

        services.AddSupportDialogs();
        return builder;
    }
}
