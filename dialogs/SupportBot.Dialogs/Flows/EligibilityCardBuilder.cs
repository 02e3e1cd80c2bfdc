using SupportBot.Benefits.Eligibility;
using SupportBot.Benefits.Entitlements;
using SupportBot.Benefits.Model;
using SupportBot.Cards;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Resources;
using CardCheck = SupportBot.Cards.EligibilityCheck;
using DomainCheck = SupportBot.Benefits.Eligibility.EligibilityCheck;

namespace SupportBot.Dialogs.Flows;

/// <summary>Turns an <see cref="EligibilityReport"/> into the eligibility card: every check, then the entitlements.</summary>
internal static class EligibilityCardBuilder
{
    public static EligibilityCardData Build(EligibilityReport report, IReadOnlyList<Account> activators)
    {
        var heading = report.Entitlements.Count == 0 || report.TableEffectiveFrom is not { } effective
            ? FlowMessages.Format(EligibilityStrings.EntitlementsHeadingNone, report.Partner.Name)
            : FlowMessages.Format(EligibilityStrings.EntitlementsHeading, report.Partner.Name, FlowMessages.Date(effective));
        return new EligibilityCardData(
            FlowMessages.Format(EligibilityStrings.CardTitle, report.Account.DisplayName),
            [.. report.Checks.Select(check => Check(check, report, activators))],
            heading,
            [.. report.Entitlements.OrderBy(entitlement => entitlement.Scope).Select(entitlement => Line(entitlement, report))],
            new SubmitButton(Strings.MenuButton, MenuReplies.Menu));
    }

    private static CardCheck Check(DomainCheck check, EligibilityReport report, IReadOnlyList<Account> activators)
    {
        var name = check.Kind switch
        {
            EligibilityCheckKind.MpnAssociation => EligibilityStrings.CheckMpnAssociation,
            EligibilityCheckKind.Role => EligibilityStrings.CheckRole,
            EligibilityCheckKind.ActiveMembership => EligibilityStrings.CheckMembership,
            _ => EligibilityStrings.CheckActivation,
        };
        return new CardCheck(name, check.Passed, Reason(check.Reason, report), Fix(check.Fix, activators));
    }

    private static string Reason(EligibilityReason reason, EligibilityReport report) => reason switch
    {
        EligibilityReason.MpnAssociated => EligibilityStrings.ReasonMpnAssociated,
        EligibilityReason.CspOnly => EligibilityStrings.ReasonCspOnly,
        EligibilityReason.GlobalAdmin => EligibilityStrings.ReasonGlobalAdmin,
        EligibilityReason.MpnPartnerAdmin => EligibilityStrings.ReasonMpnPartnerAdmin,
        EligibilityReason.AdminAgentCspPath => EligibilityStrings.ReasonAdminAgent,
        EligibilityReason.NoAdminRole => EligibilityStrings.ReasonNoAdminRole,
        EligibilityReason.ActiveMembership => FlowMessages.Format(
            EligibilityStrings.ReasonActiveMembership,
            string.Join("; ", report.Partner.ActiveMemberships.Select(BenefitTerms.Membership))),
        EligibilityReason.NoActiveMembership => EligibilityStrings.ReasonNoActiveMembership,
        EligibilityReason.Activated => FlowMessages.Format(EligibilityStrings.ReasonActivated, FlowMessages.Date(report.Partner.ActivatedAt!.Value)),
        EligibilityReason.ActivationPending => FlowMessages.Format(
            EligibilityStrings.ReasonActivationPending,
            FlowMessages.Date(report.PendingActivation!.RequestedAt)),
        EligibilityReason.NotActivated => EligibilityStrings.ReasonNotActivated,
        _ => EligibilityStrings.ReasonNothingToActivate,
    };

    private static string? Fix(EligibilityFix fix, IReadOnlyList<Account> activators) => fix switch
    {
        EligibilityFix.None => null,
        EligibilityFix.SignInWithMpnAccount => EligibilityStrings.FixSignInWithMpnAccount,
        EligibilityFix.AskAdminForIds => FlowMessages.Format(EligibilityStrings.FixAskAdminForIds, BenefitTerms.People(activators)),
        EligibilityFix.GetMembershipOrSupportPlan => EligibilityStrings.FixGetMembership,
        EligibilityFix.ActivateBenefits => EligibilityStrings.FixActivate,
        EligibilityFix.AskAdminToActivate => FlowMessages.Format(EligibilityStrings.FixAskAdminToActivate, BenefitTerms.People(activators)),
        _ => EligibilityStrings.FixWaitForActivation,
    };

    private static EntitlementLine Line(Entitlement entitlement, EligibilityReport report)
    {
        var included = entitlement.Allowance.IsIncluded;
        var activation = !included ? EligibilityStrings.EntitlementNotIncluded
            : report.IsActivated ? EligibilityStrings.EntitlementActivated
            : EligibilityStrings.EntitlementNotActivated;
        return new EntitlementLine(
            $"{BenefitTerms.Scope(entitlement.Scope)} · {BenefitTerms.Membership(entitlement.Membership)}",
            BenefitTerms.Benefit(entitlement.Benefit, entitlement.PackName),
            BenefitTerms.Allowance(entitlement.Allowance),
            included && report.IsActivated,
            activation);
    }
}
