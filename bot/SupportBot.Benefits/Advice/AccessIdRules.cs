using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Snapshots;

namespace SupportBot.Benefits.Advice;

internal static class AccessIdRules
{
    public static AccessIdAdvice Advise(PartnerSnapshot snapshot, AccessIdAnswers answers)
    {
        if (!snapshot.Account.IsMpnAssociated)
        {
            return new AccessIdAdvice.UseCspSupportPlan();
        }

        if (!snapshot.Partner.HasActiveMembership)
        {
            return new AccessIdAdvice.NoBenefits();
        }

        if (!snapshot.IsEntitledTo(SupportScope.Cloud))
        {
            return new AccessIdAdvice.NoCloudSupport();
        }

        if (!snapshot.Partner.IsActivated)
        {
            return new AccessIdAdvice.NotActivated(snapshot.PendingActivation is not null);
        }

        return AdviseOnContracts(snapshot, answers);
    }

    private static AccessIdAdvice AdviseOnContracts(PartnerSnapshot snapshot, AccessIdAnswers answers)
    {
        var signInName = snapshot.Account.SignInName;
        var candidates = snapshot.Contracts
            .Where(summary => answers.ContractEntered is null || summary.Contract.Benefit == answers.ContractEntered)
            .ToList();
        var usable = candidates.Where(summary => summary.IsUsable).ToList();

        // Azure linking is about cloud support: an invalid Signature contract with no valid one beside it is hidden.
        var cloud = candidates.Where(summary => summary.Contract.Scope == SupportScope.Cloud).ToList();
        if (!cloud.Any(summary => summary.IsUsable) && cloud.FirstOrDefault(IsHidden) is { } hiddenCloud)
        {
            return new AccessIdAdvice.ContractHidden(hiddenCloud, hiddenCloud.Status);
        }

        if (usable.Count == 0)
        {
            return candidates.FirstOrDefault(IsHidden) is { } hidden
                ? new AccessIdAdvice.ContractHidden(hidden, hidden.Status)
                : new AccessIdAdvice.Unexplained();
        }

        if (usable.FirstOrDefault(summary => summary.LinkOf(signInName) is not null) is { } linked)
        {
            return new AccessIdAdvice.AlreadyLinked(linked, linked.LinkOf(signInName));
        }

        return AdviseFromAnswers(signInName, usable, answers);
    }

    private static AccessIdAdvice AdviseFromAnswers(string signInName, List<ContractSummary> usable, AccessIdAnswers answers)
    {
        switch (answers.LinkedBeforeWithThisAccount)
        {
            case true:
                return new AccessIdAdvice.AlreadyLinked(usable[0], null);
            case false when usable.SelectMany(summary => summary.Links.Select(link => (summary, link))).FirstOrDefault() is { summary: not null } other:
                return new AccessIdAdvice.LinkedToAnotherAccount(other.summary, other.link);
            case false:
                return new AccessIdAdvice.Unexplained();
            default:
                break;
        }

        List<AccessIdQuestion> questions = [AccessIdQuestion.LinkedBeforeWithThisAccount];
        if (answers.ContractEntered is null && usable.Select(summary => summary.Contract.Benefit).Distinct().Count() > 1)
        {
            questions.Add(AccessIdQuestion.WhichContractWasEntered);
        }

        return new AccessIdAdvice.NeedsAnswers(questions);
    }

    private static bool IsHidden(ContractSummary summary) =>
        summary.Status is ContractStatus.Expired or ContractStatus.UsedUp;
}
