using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using SupportBot.Adapter;
using SupportBot.DirectLine;
using SupportBot.Hosting;
using SupportBot.Storage;

namespace SupportBot.Endpoints;

/// <summary>The HTTP surface of the bot: the Bot Framework messaging endpoint, the health check and Direct Line.</summary>
public static class BotEndpoints
{
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        app.MapPost("/api/messages", PostActivityAsync);
        app.MapGet("/healthz", GetHealth);
        app.MapDirectLineEndpoints();
        return app;
    }

    private static async Task PostActivityAsync(
        HttpContext http,
        SupportBotAdapter adapter,
        IBot bot,
        IOptions<SupportBotOptions> options)
    {
        var read = await ActivityReader.ReadAsync(http.Request, options.Value.MaxActivityBytes, http.RequestAborted);
        if (read.Activity is null)
        {
            http.Response.StatusCode = read.StatusCode;
            await http.Response.WriteAsJsonAsync(new { error = read.Problem }, http.RequestAborted);
            return;
        }

        await adapter.ProcessAsync(http, read.Activity, bot);
    }

    private static IResult GetHealth(SqliteStorage storage)
    {
        var storageHealthy = storage.IsHealthy();
        var body = new { status = storageHealthy ? "Healthy" : "Unhealthy", storage = storageHealthy ? "Healthy" : "Unhealthy" };
        return Results.Json(body, statusCode: storageHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
