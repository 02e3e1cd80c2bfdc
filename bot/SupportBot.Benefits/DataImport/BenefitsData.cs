using SupportBot.Benefits.Entitlements;

namespace SupportBot.Benefits.DataImport;

/// <summary>A data file after parsing and validation: the domain records it will write.</summary>
internal sealed record BenefitsData(IReadOnlyList<EntitlementTable> EntitlementTables, IReadOnlyList<PartnerData> Partners);
