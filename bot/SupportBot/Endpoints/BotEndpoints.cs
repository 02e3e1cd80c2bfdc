using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using SupportBot.Adapter;
using SupportBot.DirectLine;
using SupportBot.Hosting;
using SupportBot.Storage;

namespace SupportBot.Endpoints;

/// <summary>
/// The HTTP surface of the bot: the Bot Framework messaging endpoint (unless turned off), the health check and
/// Direct Line, behind an error handler that answers an unexpected failure with a plain 500 and never a stack
/// trace, in every environment.
/// </summary>
public static class BotEndpoints
{
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler(errors => errors.Run(WriteServerErrorAsync));
        if (app.Services.GetRequiredService<ChannelSecurity>().MessagesEndpointEnabled)
        {
            app.MapPost("/api/messages", PostActivityAsync);
        }

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

    private static Task WriteServerErrorAsync(HttpContext http)
        => http.Response.WriteAsJsonAsync(new { error = "The bot failed to process the request." }, http.RequestAborted);

    private static IResult GetHealth(SqliteStorage storage)
    {
        var storageHealthy = storage.IsHealthy();
        var body = new { status = storageHealthy ? "Healthy" : "Unhealthy", storage = storageHealthy ? "Healthy" : "Unhealthy" };
        return Results.Json(body, statusCode: storageHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
