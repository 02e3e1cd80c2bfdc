namespace SupportBot.DirectLine;

/// <summary>The Direct Line 3.0 routes under <c>/v3/directline</c>, behind their CORS policy.</summary>
public static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    public static WebApplication MapDirectLineEndpoints(this WebApplication app)
    {
        app.UseCors();
        var directLine = app.MapGroup(BasePath).RequireCors(DirectLineCors.PolicyName);
        directLine.MapPost("/tokens/generate", DirectLineTokenEndpoints.GenerateAsync);
        directLine.MapPost("/tokens/refresh", DirectLineTokenEndpoints.RefreshAsync);
        directLine.MapPost("/conversations", DirectLineConversationEndpoints.StartAsync);
        directLine.MapGet("/conversations/{conversationId}", DirectLineConversationEndpoints.ReconnectAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", DirectLineActivityEndpoints.PostAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", DirectLineActivityEndpoints.GetAsync);
        return app;
    }

    /// <summary>The bot's own address, as the <c>serviceUrl</c> of the activities it is handed.</summary>
    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";
}
