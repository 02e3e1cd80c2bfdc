using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Contracts;

/// <summary>A contract as an account sees it today: its status, where it is linked, and its latest incidents.</summary>
public sealed record ContractSummary(
    Contract Contract,
    ContractStatus Status,
    IReadOnlyList<ContractLink> Links,
    IReadOnlyList<Incident> RecentIncidents)
{
    public bool IsUsable => Status == ContractStatus.Active;

    /// <summary>Incidents left; null when unlimited.</summary>
    public int? Remaining => Contract.Remaining;

    public ContractLink? LinkOf(string signInName) =>
        Links.FirstOrDefault(link => string.Equals(link.SignInName, signInName, StringComparison.OrdinalIgnoreCase));
}
