namespace SupportBot.Benefits.DataImport;

/// <summary>The kinds of identifier that must be unique across the file and the store.</summary>
internal enum UniqueKey
{
    PartnerId,
    SignInName,
    EntraIdentity,
    ContractKey,
    ActivityId,
    EntitlementTable,
}
