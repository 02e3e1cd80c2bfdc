using System.Globalization;
using SupportBot.Benchmarks.Servers;

namespace SupportBot.Benchmarks.Driver;

/// <summary>The driver's HTTP client for one server, and the allocated-bytes probe every server answers.</summary>
public static class BenchmarkHttp
{
    public static HttpClient CreateClient(int port, int maxConnections) => new(
        new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
        },
        disposeHandler: true)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"),
        Timeout = TimeSpan.FromSeconds(30),
    };

    public static async Task<long> ReadAllocatedBytesAsync(HttpClient http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var text = await http.GetStringAsync(new Uri(BenchmarkRoutes.AllocatedBytes, UriKind.Relative), cancellationToken);
        return long.Parse(text, CultureInfo.InvariantCulture);
    }
}
