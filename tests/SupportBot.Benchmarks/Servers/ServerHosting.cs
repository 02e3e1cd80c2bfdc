using System.Globalization;
using System.Net;

namespace SupportBot.Benchmarks.Servers;

/// <summary>
/// What all three servers share, so they differ only in what they measure: Kestrel on 127.0.0.1 only,
/// logging at Warning as in production, the data folder, and the allocated-bytes endpoint.
/// </summary>
public static class ServerHosting
{
    public static WebApplicationBuilder CreateBuilder(ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Files the host ships (copied beside this program by the project reference) are found here.
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = options.EnvironmentName,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["SupportBot:DataFolder"] = options.DataFolder,
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        return builder;
    }

    public static WebApplication MapAllocatedBytesEndpoint(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(
            BenchmarkRoutes.AllocatedBytes,
            () => Results.Text(GC.GetTotalAllocatedBytes(precise: true).ToString(CultureInfo.InvariantCulture)));
        return app;
    }
}
