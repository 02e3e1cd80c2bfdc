using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupportBot.Benefits.Accounts;
using SupportBot.Benefits.Activation;
using SupportBot.Benefits.Advice;
using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.DataImport;
using SupportBot.Benefits.Eligibility;
using SupportBot.Benefits.Ledger;
using SupportBot.Benefits.Routing;
using SupportBot.Benefits.Snapshots;
using SupportBot.Benefits.Storage;

namespace SupportBot.Benefits;

public static class BenefitsServiceCollectionExtensions
{
    /// <summary>Registers the benefits services over the SQLite database named in <see cref="BenefitsOptions"/>.</summary>
    public static IServiceCollection AddBenefits(this IServiceCollection services, Action<BenefitsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<BenefitsOptions>()
            .Configure(configure)
            .Validate(
                options => !string.IsNullOrWhiteSpace(options.DatabasePath) || !string.IsNullOrWhiteSpace(options.ConnectionString),
                "SupportBot benefits need a DatabasePath or a ConnectionString.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<BenefitsOptions>>().Value);
        services.AddSingleton(provider => new BenefitsDatabase(provider.GetRequiredService<BenefitsOptions>()));
        services.AddSingleton(provider => new PartnerSnapshotLoader(Database(provider), Time(provider)));

        services.AddSingleton<IAccountDirectory>(provider => new SqliteAccountDirectory(Database(provider)));
        services.AddSingleton<IEligibilityService>(provider => new EligibilityService(Snapshots(provider)));
        services.AddSingleton<IActivationService>(provider =>
            new ActivationService(Database(provider), provider.GetRequiredService<IAccountDirectory>(), Time(provider)));
        services.AddSingleton<IContractService>(provider => new ContractService(Database(provider), Time(provider)));
        services.AddSingleton<ISupportRoutingService>(provider => new SupportRoutingService(Snapshots(provider)));
        services.AddSingleton<IAccessIdAdvisor>(provider => new AccessIdAdvisor(Snapshots(provider)));
        services.AddSingleton<IIncidentLedger>(provider => new SqliteIncidentLedger(Database(provider), Time(provider)));
        services.AddSingleton<IBenefitsDataImporter>(provider => new BenefitsDataImporter(Database(provider), Time(provider)));
        services.AddSingleton(provider => new BenefitsInitializer(
            Database(provider),
            provider.GetRequiredService<IBenefitsDataImporter>(),
            provider.GetRequiredService<BenefitsOptions>(),
            provider.GetRequiredService<ILogger<BenefitsInitializer>>()));
        return services;
    }

    /// <summary>Creates the tables and loads sample and configured data; call once before serving turns.</summary>
    public static Task InitializeBenefitsAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<BenefitsInitializer>().InitializeAsync(cancellationToken);

    private static BenefitsDatabase Database(IServiceProvider provider) => provider.GetRequiredService<BenefitsDatabase>();

    private static TimeProvider Time(IServiceProvider provider) => provider.GetRequiredService<TimeProvider>();

    private static PartnerSnapshotLoader Snapshots(IServiceProvider provider) => provider.GetRequiredService<PartnerSnapshotLoader>();
}
