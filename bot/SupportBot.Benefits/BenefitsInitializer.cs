using Microsoft.Extensions.Logging;
using SupportBot.Benefits.DataImport;
using SupportBot.Benefits.Storage;

namespace SupportBot.Benefits;

/// <summary>
/// Run once at start-up: creates the benefits tables, loads the sample partners into an empty store,
/// then imports the configured data file. A refused file stops start-up with every problem listed.
/// </summary>
public sealed partial class BenefitsInitializer(
    BenefitsDatabase database,
    IBenefitsDataImporter importer,
    BenefitsOptions options,
    ILogger<BenefitsInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await BenefitsSchema.EnsureCreatedAsync(database, cancellationToken);

        if (options.LoadSampleData)
        {
            var sample = await importer.LoadSampleDataAsync(cancellationToken);
            Report(SampleData.SourceName, sample);
        }

        if (!string.IsNullOrWhiteSpace(options.ImportFile))
        {
            var imported = await importer.ImportFileAsync(options.ImportFile, cancellationToken);
            Report(Path.GetFileName(options.ImportFile), imported);
        }
    }

    private void Report(string source, ImportResult result)
    {
        switch (result)
        {
            case ImportResult.Imported imported:
                LogImported(source, imported.Partners, imported.Accounts, imported.Contracts, imported.Incidents);
                break;
            case ImportResult.Skipped skipped:
                LogSkipped(source, skipped.Reason);
                break;
            case ImportResult.Rejected rejected:
                throw new BenefitsDataException(source, rejected.Problems);
            default:
                throw new InvalidOperationException($"Unexpected import result {result.GetType().Name}.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Benefits data {Source} loaded: {Partners} partners, {Accounts} accounts, {Contracts} contracts, {Incidents} incidents")]
    private partial void LogImported(string source, int partners, int accounts, int contracts, int incidents);

    [LoggerMessage(Level = LogLevel.Information, Message = "Benefits data {Source} not loaded: {Reason}")]
    private partial void LogSkipped(string source, ImportSkipReason reason);
}
