using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace SupportBot.Tests.Support;

/// <summary>
/// A channel's connector on http://127.0.0.1: it takes the bot's replies (<c>POST /v3/conversations/{id}/activities...</c>)
/// and keeps them, or answers every request with the status the test gives it, as a failing channel would.
/// </summary>
public sealed class ConnectorStub : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ConnectorStub(WebApplication app, string serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    public string ServiceUrl { get; }

    /// <summary>The activities the bot sent, in order.</summary>
    public ConcurrentQueue<JObject> Received { get; } = new();

    public static async Task<ConnectorStub> StartAsync(HttpStatusCode status = HttpStatusCode.OK)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        ConnectorStub? stub = null;
        app.Run(async http =>
        {
            if (status != HttpStatusCode.OK)
            {
                http.Response.StatusCode = (int)status;
                return;
            }

            using var reader = new StreamReader(http.Request.Body);
            stub!.Received.Enqueue(JObject.Parse(await reader.ReadToEndAsync()));
            await http.Response.WriteAsJsonAsync(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        stub = new ConnectorStub(app, app.Urls.Single() + "/");
        return stub;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
