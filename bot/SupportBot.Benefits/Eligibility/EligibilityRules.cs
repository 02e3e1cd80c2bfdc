using SupportBot.Benefits.Model;
using SupportBot.Benefits.Snapshots;

namespace SupportBot.Benefits.Eligibility;

internal static class EligibilityRules
{
    public static EligibilityReport Evaluate(PartnerSnapshot snapshot)
    {
        var account = snapshot.Account;
        var partner = snapshot.Partner;
        EligibilityCheck[] checks =
        [
            Association(account),
            Role(account),
            Membership(partner),
            Activation(account, partner, snapshot.PendingActivation),
        ];
        return new EligibilityReport(account, partner, checks, snapshot.Entitlements, snapshot.Table?.EffectiveFrom, snapshot.PendingActivation);
    }

    private static EligibilityCheck Association(Account account) =>
        account.IsMpnAssociated
            ? new(EligibilityCheckKind.MpnAssociation, true, EligibilityReason.MpnAssociated, EligibilityFix.None)
            : new(EligibilityCheckKind.MpnAssociation, false, EligibilityReason.CspOnly, EligibilityFix.SignInWithMpnAccount);

    private static EligibilityCheck Role(Account account)
    {
        if (account.Roles.HasFlag(AccountRoles.GlobalAdmin))
        {
            return new(EligibilityCheckKind.Role, true, EligibilityReason.GlobalAdmin, EligibilityFix.None);
        }

        if (account.Roles.HasFlag(AccountRoles.MpnPartnerAdmin))
        {
            return new(EligibilityCheckKind.Role, true, EligibilityReason.MpnPartnerAdmin, EligibilityFix.None);
        }

        return account.IsAdminAgent
            ? new(EligibilityCheckKind.Role, true, EligibilityReason.AdminAgentCspPath, EligibilityFix.None)
            : new(EligibilityCheckKind.Role, false, EligibilityReason.NoAdminRole, EligibilityFix.AskAdminForIds);
    }

    private static EligibilityCheck Membership(Partner partner) =>
        partner.HasActiveMembership
            ? new(EligibilityCheckKind.ActiveMembership, true, EligibilityReason.ActiveMembership, EligibilityFix.None)
            : new(EligibilityCheckKind.ActiveMembership, false, EligibilityReason.NoActiveMembership, EligibilityFix.GetMembershipOrSupportPlan);

    private static EligibilityCheck Activation(Account account, Partner partner, ActivationRequest? pending)
    {
        if (!partner.HasActiveMembership)
        {
            return new(EligibilityCheckKind.Activation, false, EligibilityReason.NothingToActivate, EligibilityFix.GetMembershipOrSupportPlan);
        }

        if (partner.IsActivated)
        {
            return new(EligibilityCheckKind.Activation, true, EligibilityReason.Activated, EligibilityFix.None);
        }

        if (pending is not null)
        {
            return new(EligibilityCheckKind.Activation, false, EligibilityReason.ActivationPending, EligibilityFix.WaitForActivation);
        }

        var fix = account.CanActivate && account.IsMpnAssociated ? EligibilityFix.ActivateBenefits : EligibilityFix.AskAdminToActivate;
        return new(EligibilityCheckKind.Activation, false, EligibilityReason.NotActivated, fix);
    }
}
