namespace SupportBot.Benchmarks.Servers;

/// <summary>Kestrel and one minimal API that reads the body and answers a fixed reply: no Bot Framework at all.</summary>
public static class BareServer
{
    private static readonly byte[] FixedReply = """{"activities":[{"type":"message","text":"ok"}]}"""u8.ToArray();

    public static WebApplication Build(ServeOptions options)
    {
        var app = ServerHosting.CreateBuilder(options).Build();
        app.MapPost(BenchmarkRoutes.Messages, AnswerAsync);
        app.MapAllocatedBytesEndpoint();
        return app;
    }

    private static async Task AnswerAsync(HttpContext http)
    {
        await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = FixedReply.Length;
        await http.Response.Body.WriteAsync(FixedReply, http.RequestAborted);
    }
}
