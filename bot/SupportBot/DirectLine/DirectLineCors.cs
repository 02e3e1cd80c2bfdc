using Microsoft.AspNetCore.Cors.Infrastructure;

namespace SupportBot.DirectLine;

/// <summary>
/// Browsers may call the Direct Line routes from another origin: any origin in Development, the configured
/// ones otherwise. botframework-directlinejs sends <c>x-ms-bot-agent</c> on every call, so it is allowed
/// with <c>Authorization</c> and <c>Content-Type</c>.
/// </summary>
public static class DirectLineCors
{
    public const string PolicyName = "SupportBot.DirectLine";

    public static void AddPolicy(CorsOptions cors, DirectLineOptions options, bool isDevelopment)
    {
        cors.AddPolicy(PolicyName, policy =>
        {
            if (isDevelopment)
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(options.AllowedOrigins);
            }

            policy.WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent").WithMethods("GET", "POST");
        });
    }
}
