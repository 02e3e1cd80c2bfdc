namespace SupportBot.Benefits.DataImport;

public enum ImportSkipReason
{
    /// <summary>Sample data goes only into a store with no partners at all.</summary>
    StoreNotEmpty,
    /// <summary>A file with exactly this content was imported before.</summary>
    AlreadyImported,
}
