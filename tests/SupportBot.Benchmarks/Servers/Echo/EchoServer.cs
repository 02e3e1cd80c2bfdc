using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace SupportBot.Benchmarks.Servers.Echo;

/// <summary>
/// The smallest real Bot Framework bot, the yardstick for SupportBot: the same adapter and authentication
/// classes, ConversationState with one counter on MemoryStorage, POST /api/messages through ProcessAsync.
/// </summary>
public static class EchoServer
{
    public static WebApplication Build(ServeOptions options)
    {
        var builder = ServerHosting.CreateBuilder(options);
        var contents = new EchoStateContents();
        builder.Services.AddSingleton(contents);
        builder.Services.AddSingleton<IStorage>(new MemoryStorage(contents.Items));
        builder.Services.AddSingleton<ConversationState>();
        // No MicrosoftAppId is configured, so authentication is off, as for SupportBot in the benchmark.
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<EchoAdapter>();
        builder.Services.AddSingleton<IBot, EchoBot>();

        var app = builder.Build();
        app.MapPost(
            BenchmarkRoutes.Messages,
            (HttpContext http, EchoAdapter adapter, IBot bot) => adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
        app.MapGet(BenchmarkRoutes.State, (EchoStateContents state) => Results.Json(state.Measure()));
        app.MapAllocatedBytesEndpoint();
        return app;
    }
}
