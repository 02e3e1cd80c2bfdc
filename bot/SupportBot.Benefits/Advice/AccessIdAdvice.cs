using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Advice;

/// <summary>
/// Which case of Azure's misleading "This Access ID is already associated to an account" applies.
/// Switch over the nested cases.
/// </summary>
public abstract record AccessIdAdvice
{
    private AccessIdAdvice()
    {
    }

    /// <summary>
    /// Case 1: the contract is already linked to this account. Ignore the error and use "+ New support request".
    /// <see cref="Link"/> is null when only the user's answer says so.
    /// </summary>
    public sealed record AlreadyLinked(ContractSummary Contract, ContractLink? Link) : AccessIdAdvice;

    /// <summary>Case 2: expired or used up, so Azure hides the contract as invalid. A new support plan is needed.</summary>
    public sealed record ContractHidden(ContractSummary Contract, ContractStatus Reason) : AccessIdAdvice;

    /// <summary>Case 3: Action Pack includes no cloud support, so Azure linking cannot work.</summary>
    public sealed record NoCloudSupport : AccessIdAdvice;

    /// <summary>The benefit stays with the account that used it first: ask that person, or open the incident with that account.</summary>
    public sealed record LinkedToAnotherAccount(ContractSummary Contract, ContractLink Link) : AccessIdAdvice;

    /// <summary>CSP-only account: use the "Cloud Solution Provider" support plan, no contract needed.</summary>
    public sealed record UseCspSupportPlan : AccessIdAdvice;

    /// <summary>No active membership offer, so there are no benefits to link.</summary>
    public sealed record NoBenefits : AccessIdAdvice;

    /// <summary>Benefits not activated yet, so there is no valid Access ID yet.</summary>
    public sealed record NotActivated(bool Pending) : AccessIdAdvice;

    /// <summary>The data cannot decide: ask these questions, then ask the advisor again with the answers.</summary>
    public sealed record NeedsAnswers(IReadOnlyList<AccessIdQuestion> Questions) : AccessIdAdvice;

    /// <summary>Nothing in the data or the answers explains it: the error's own advice (contact your Technical Account Manager) applies.</summary>
    public sealed record Unexplained : AccessIdAdvice;
}
