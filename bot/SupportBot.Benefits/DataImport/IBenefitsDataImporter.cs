namespace SupportBot.Benefits.DataImport;

/// <summary>
/// Loads data files in the format of DATA-FORMAT.md. A file is validated completely first and then
/// written in one transaction, or not at all. Imports only add: ids already in the store are refused.
/// </summary>
public interface IBenefitsDataImporter
{
    /// <summary>Imports <paramref name="json"/>; the same content imported twice is skipped the second time.</summary>
    Task<ImportResult> ImportAsync(string json, string source, CancellationToken cancellationToken = default);

    Task<ImportResult> ImportFileAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Loads the built-in sample partners, but only into a store that has no partners at all.</summary>
    Task<ImportResult> LoadSampleDataAsync(CancellationToken cancellationToken = default);
}
