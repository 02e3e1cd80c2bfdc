using SupportBot.Benefits.Entitlements;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.DataImport;

/// <summary>A data file after parsing and validation: the domain records it will write.</summary>
internal sealed record BenefitsData(IReadOnlyList<EntitlementTable> EntitlementTables, IReadOnlyList<PartnerData> Partners);

internal sealed record PartnerData(Partner Partner, IReadOnlyList<Account> Accounts, IReadOnlyList<ContractData> Contracts);

/// <summary>Incidents carry Id 0 until written.</summary>
internal sealed record ContractData(Contract Contract, IReadOnlyList<ContractLink> Links, IReadOnlyList<Incident> Incidents);
