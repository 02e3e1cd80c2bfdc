using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.DataImport;

/// <summary>Incidents carry Id 0 until written.</summary>
internal sealed record ContractData(Contract Contract, IReadOnlyList<ContractLink> Links, IReadOnlyList<Incident> Incidents);
