using SupportBot.Benefits;

namespace SupportBot.Hosting;

/// <summary>Creates the benefits tables and loads the sample or configured data before the host serves requests.</summary>
public sealed class BenefitsStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => services.InitializeBenefitsAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
