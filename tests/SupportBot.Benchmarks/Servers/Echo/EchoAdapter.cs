using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace SupportBot.Benchmarks.Servers.Echo;

/// <summary>The plainest CloudAdapter: no turn-error handling beyond the framework's own.</summary>
public sealed class EchoAdapter : CloudAdapter
{
    public EchoAdapter(BotFrameworkAuthentication authentication, ILogger<EchoAdapter> logger)
        : base(authentication, logger)
    {
    }
}
