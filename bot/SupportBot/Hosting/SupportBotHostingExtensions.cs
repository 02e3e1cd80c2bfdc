using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Adapter;
using SupportBot.Benefits;
using SupportBot.Bot;
using SupportBot.Dialogs;
using SupportBot.Dialogs.Identity;
using SupportBot.DirectLine;
using SupportBot.Identity;
using SupportBot.Retention;
using SupportBot.Storage;
using SupportBot.Teams;
using SupportBot.Turns;

namespace SupportBot.Hosting;

/// <summary>The composition root's one call: options, storage, state, the adapter and the bot.</summary>
public static class SupportBotHostingExtensions
{
    public static WebApplicationBuilder AddSupportBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configured = builder.Configuration.GetSection(SupportBotOptions.SectionName).Get<SupportBotOptions>() ?? new SupportBotOptions();
        var security = new ChannelSecurity(builder.Environment.IsDevelopment(), configured.MessagesEndpointEnabled, builder.Configuration["MicrosoftAppId"]);
        services.AddSingleton(security);
        services.AddHostedService<ChannelSecurityLog>();
        services.AddOptions<SupportBotOptions>()
            .BindConfiguration(SupportBotOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(_ => security.IsAcceptable, ChannelSecurity.OpenMessagesEndpointRefused)
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // The data folder is needed before the container is built: bot state and the benefits data share one file.
        var dataFolder = Path.Combine(builder.Environment.ContentRootPath, configured.DataFolder);
        var database = new Lazy<SqliteDatabase>(() => new SqliteDatabase(dataFolder));
        services.AddSingleton(_ => database.Value);
        services.AddBenefits(benefits =>
        {
            benefits.DatabasePath = database.Value.FilePath;
            benefits.LoadSampleData = configured.LoadSampleData;
            benefits.ImportFile = configured.DataFile is null ? null : Path.Combine(builder.Environment.ContentRootPath, configured.DataFile);
        });
        services.AddHostedService<BenefitsStartup>();
        services.AddSingleton<IAccountResolver, ChannelAccountResolver>();
        services.AddSingleton<SqliteStorage>();

        // Bot state writes wait in the turn's batch and commit with the turn (Turns/TurnCommitMiddleware).
        services.AddSingleton<IStorage>(provider => new TurnBatchingStorage(provider.GetRequiredService<SqliteStorage>()));
        services.AddSingleton<IHandledActivityLog, SqliteHandledActivityLog>();
        services.AddSingleton<InFlightActivities>();
        services.AddSingleton<TurnCommitMiddleware>();
        services.AddSingleton<ReplyDeliveryGuard>();
        services.AddRetention();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<PrivateConversationState>();
        services.AddSingleton<DialogStateStore>();
        services.AddSingleton<PersonalChat>();
        services.AddSingleton<SharedConversationReplies>();
        services.AddSingleton(provider => new TypingIndicator(provider.GetService<TimeProvider>() ?? TimeProvider.System));

        // Reads MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId;
        // with no MicrosoftAppId, authentication is off (the Emulator without credentials).
        services.AddSingleton<BotFrameworkAuthentication>(provider =>
            new SharedClientsAuthentication(ActivatorUtilities.CreateInstance<ConfigurationBotFrameworkAuthentication>(provider)));
        services.AddSingleton<SupportBotAdapter>();
        services.AddSingleton<IBot, SupportBotActivityHandler>();

        services.AddSupportDialogs();
        builder.AddDirectLine();
        return builder;
    }
}
