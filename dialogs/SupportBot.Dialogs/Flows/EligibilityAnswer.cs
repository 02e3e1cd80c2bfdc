using SupportBot.Benefits.Eligibility;
using SupportBot.Benefits.Model;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>The short answer the eligibility flow gives before its card: the one check that matters most.</summary>
internal static class EligibilityAnswer
{
    public static string For(EligibilityReport report, IReadOnlyList<Account> activators)
    {
        var company = report.Partner.Name;
        if (!report.Account.IsMpnAssociated)
        {
            return EligibilityStrings.AnswerCspOnly;
        }

        if (!report.Partner.HasActiveMembership)
        {
            return FlowMessages.Format(EligibilityStrings.AnswerNoMembership, company);
        }

        if (report.IsActivated)
        {
            return report.Account.CanActivate
                ? FlowMessages.Format(EligibilityStrings.AnswerActive, company, BenefitTerms.Role(report.Account))
                : FlowMessages.Format(EligibilityStrings.AnswerActiveNoRole, company, BenefitTerms.People(activators));
        }

        if (report.PendingActivation is { } pending)
        {
            return FlowMessages.Format(EligibilityStrings.AnswerPending, company, FlowMessages.Date(pending.RequestedAt));
        }

        return report.Account.CanActivate
            ? FlowMessages.Format(EligibilityStrings.AnswerNotActivatedCanActivate, company, BenefitTerms.Role(report.Account))
            : FlowMessages.Format(EligibilityStrings.AnswerNotActivatedAskAdmin, company, BenefitTerms.People(activators));
    }

    /// <summary>A second paragraph for Admin agents without MPN: the CSP path still works for them.</summary>
    public static string? Note(EligibilityReport report)
        => !report.Account.IsMpnAssociated && report.Account.IsAdminAgent ? EligibilityStrings.AdminAgentPath : null;
}
