using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Model;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// The one-sentence answer to "how many incidents do I have left?": on-premises first, then cloud, each from
/// the contract that matters most for that scope (a usable one before a used-up, expired or future one).
/// </summary>
internal static class IncidentsLeftSentence
{
    public static string For(IReadOnlyList<ContractSummary> contracts)
    {
        var onPremises = Clause(SupportScope.OnPremises, BestOf(contracts, SupportScope.OnPremises));
        var cloud = Clause(SupportScope.Cloud, BestOf(contracts, SupportScope.Cloud));
        return ContractFormat.Sentence(ContractStrings.SummaryBoth, onPremises, cloud);
    }

    /// <summary>The sentence for one contract only, for example after an incident was booked on it.</summary>
    public static string For(ContractSummary contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return ContractFormat.Sentence(ContractStrings.SummaryOne, Clause(contract.Contract.Scope, contract));
    }

    private static ContractSummary? BestOf(IReadOnlyList<ContractSummary> contracts, SupportScope scope) => contracts
        .Where(summary => summary.Contract.Scope == scope)
        .OrderBy(summary => Rank(summary.Status))
        .ThenByDescending(summary => summary.Contract.EndsOn)
        .FirstOrDefault();

    private static string Clause(SupportScope scope, ContractSummary? summary)
    {
        var scopeName = ContractFormat.ScopeName(scope);
        if (summary is null)
        {
            return ContractFormat.Format(ContractStrings.ClauseNone, scopeName);
        }

        var contract = summary.Contract;
        if (summary.Status == ContractStatus.Expired)
        {
            return ContractFormat.Format(ContractStrings.ClauseExpired, scopeName, ContractFormat.Date(contract.EndsOn));
        }

        if (summary.Status == ContractStatus.NotStarted)
        {
            return ContractFormat.Format(ContractStrings.ClauseNotStarted, scopeName, ContractFormat.Date(contract.StartsOn));
        }

        if (contract.Allowance is not { } allowance)
        {
            return ContractFormat.Format(ContractStrings.ClauseUnlimited, scopeName);
        }

        return summary.Status == ContractStatus.UsedUp
            ? ContractFormat.Format(ContractStrings.ClauseUsedUp, scopeName, ContractFormat.Number(allowance))
            : ContractFormat.Format(
                ContractStrings.ClauseLimited,
                ContractFormat.Number(contract.Remaining ?? 0),
                ContractFormat.Number(allowance),
                scopeName);
    }

    private static int Rank(ContractStatus status) => status switch
    {
        ContractStatus.Active => 0,
        ContractStatus.UsedUp => 1,
        ContractStatus.Expired => 2,
        _ => 3,
    };
}
