using SupportBot.Benchmarks.DirectLineMemory;
using SupportBot.DirectLine;
using SupportBot.Endpoints;
using SupportBot.Hosting;

namespace SupportBot.Benchmarks.Servers;

/// <summary>
/// The real host, composed exactly as bot/SupportBot/Program.cs composes it. Only what
/// <see cref="ServerHosting"/> sets (address, log level, data folder) and the /__bench endpoints differ.
/// </summary>
public static class SupportBotServer
{
    public static WebApplication Build(ServeOptions options)
    {
        var builder = ServerHosting.CreateBuilder(options);
        builder.AddSupportBot();

        var app = builder.Build();
        app.MapBotEndpoints();
        app.MapAllocatedBytesEndpoint();
        app.MapGet(BenchmarkRoutes.DirectLine, (DirectLineConversationStore store) =>
        {
            var liveHeapBytes = GC.GetTotalMemory(forceFullCollection: true);
            return Results.Json(new DirectLineFootprint(store.Count, store.Bytes, liveHeapBytes));
        });
        return app;
    }
}
