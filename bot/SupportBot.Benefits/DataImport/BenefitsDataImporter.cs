using System.Security.Cryptography;
using System.Text;
using SupportBot.Benefits.Storage;

namespace SupportBot.Benefits.DataImport;

internal sealed class BenefitsDataImporter(BenefitsDatabase database, TimeProvider time) : IBenefitsDataImporter
{
    public Task<ImportResult> ImportAsync(string json, string source, CancellationToken cancellationToken = default) =>
        ImportCoreAsync(json, source, onlyIntoEmptyStore: false, cancellationToken);

    public async Task<ImportResult> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            return new ImportResult.Rejected([new DataProblem("$", $"the file '{path}' does not exist")]);
        }

        var json = await File.ReadAllTextAsync(path, cancellationToken);
        return await ImportAsync(json, Path.GetFileName(path), cancellationToken);
    }

    public Task<ImportResult> LoadSampleDataAsync(CancellationToken cancellationToken = default) =>
        ImportCoreAsync(SampleData.ReadJson(), SampleData.SourceName, onlyIntoEmptyStore: true, cancellationToken);

    private async Task<ImportResult> ImportCoreAsync(string json, string source, bool onlyIntoEmptyStore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        var now = time.GetUtcNow();
        var parsed = BenefitsDataParser.Parse(json, now);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await ImmediateTransaction.BeginAsync(connection, cancellationToken);

        if (onlyIntoEmptyStore && await connection.HasAnyPartnerAsync(cancellationToken))
        {
            return new ImportResult.Skipped(ImportSkipReason.StoreNotEmpty);
        }

        if (await connection.ScalarLongAsync("SELECT EXISTS (SELECT 1 FROM benefits_imports WHERE content_sha256 = $hash)", cancellationToken, ("$hash", hash)) != 0)
        {
            return new ImportResult.Skipped(ImportSkipReason.AlreadyImported);
        }

        var conflicts = await ExistingDataChecks.RunAsync(connection, parsed.Identifiers, cancellationToken);
        if (parsed.Data is null || conflicts.Count > 0)
        {
            return new ImportResult.Rejected([.. parsed.Problems, .. conflicts]);
        }

        var imported = await BenefitsDataWriter.WriteAsync(connection, parsed.Data, cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO benefits_imports (source, content_sha256, imported_at) VALUES ($source, $hash, $at)",
            cancellationToken,
            ("$source", source),
            ("$hash", hash),
            ("$at", SqliteValues.ToDb(now)));
        await transaction.CommitAsync(cancellationToken);
        return imported;
    }
}
