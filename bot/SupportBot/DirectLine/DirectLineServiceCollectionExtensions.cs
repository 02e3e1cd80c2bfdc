using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SupportBot.DirectLine;

/// <summary>Registers the Direct Line endpoint's services: options, tokens, the conversation store and CORS.</summary>
public static class DirectLineServiceCollectionExtensions
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var isDevelopment = builder.Environment.IsDevelopment();
        services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => DirectLineSigningKey.Create(Options(provider).Secret));
        services.AddSingleton(provider => new DirectLineAccess(Options(provider).Secret, isDevelopment));
        services.AddSingleton(new DirectLineBot(builder.Configuration["MicrosoftAppId"]));
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthorizer>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineTurnRunner>();
        services.AddSingleton<DirectLineTurns>();

        services.AddCors();
        services.AddOptions<CorsOptions>()
            .Configure<IOptions<DirectLineOptions>>((cors, options) => DirectLineCors.AddPolicy(cors, options.Value, isDevelopment));
        return builder;
    }

    private static DirectLineOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<DirectLineOptions>>().Value;
}
