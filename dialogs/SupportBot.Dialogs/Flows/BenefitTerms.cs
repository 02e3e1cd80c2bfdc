using SupportBot.Benefits.Entitlements;
using SupportBot.Benefits.Model;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>The domain's names (benefits, roles, offers, allowances, people) in the turn's language.</summary>
internal static class BenefitTerms
{
    public static string Benefit(SupportBenefit benefit) => benefit switch
    {
        SupportBenefit.ProductSupport => EligibilityStrings.BenefitProductSupport,
        _ => EligibilityStrings.BenefitSignatureCloud,
    };

    /// <summary>The benefit, with its pack when it has one: "Signature Cloud Support (Signature 5pack)".</summary>
    public static string Benefit(SupportBenefit benefit, string? packName)
        => packName is null ? Benefit(benefit) : $"{Benefit(benefit)} ({packName})";

    public static string Scope(SupportScope scope)
        => scope == SupportScope.OnPremises ? EligibilityStrings.ScopeOnPremises : EligibilityStrings.ScopeCloud;

    public static string Offer(MembershipOffer offer) => offer switch
    {
        MembershipOffer.Gold => EligibilityStrings.OfferGold,
        MembershipOffer.Silver => EligibilityStrings.OfferSilver,
        _ => EligibilityStrings.OfferActionPack,
    };

    /// <summary>"Gold, Cloud Platform (cloud competency)" or "Action Pack".</summary>
    public static string Membership(Membership membership)
    {
        var kind = membership.CompetencyKind switch
        {
            CompetencyKind.Cloud => EligibilityStrings.CompetencyCloud,
            CompetencyKind.Other => EligibilityStrings.CompetencyOther,
            _ => null,
        };
        return membership.Competency is null || kind is null
            ? Offer(membership.Offer)
            : $"{Offer(membership.Offer)}, {membership.Competency} ({kind})";
    }

    public static string Allowance(Allowance allowance) => allowance.Kind switch
    {
        AllowanceKind.Count => FlowMessages.Format(EligibilityStrings.AllowanceIncidents, allowance.Count),
        AllowanceKind.Unlimited => EligibilityStrings.AllowanceUnlimited,
        _ => EligibilityStrings.AllowanceNone,
    };

    public static string Role(Account account) =>
        account.Roles.HasFlag(AccountRoles.GlobalAdmin) ? EligibilityStrings.RoleGlobalAdmin
        : account.Roles.HasFlag(AccountRoles.MpnPartnerAdmin) ? EligibilityStrings.RoleMpnPartnerAdmin
        : account.IsAdminAgent ? EligibilityStrings.RoleAdminAgent
        : EligibilityStrings.RoleNone;

    /// <summary>"Alex Gold (Fabrikam), gold.admin@fabrikam.example", several joined by semicolons; the generic role when nobody is known.</summary>
    public static string People(IReadOnlyList<Account> accounts) => accounts.Count == 0
        ? EligibilityStrings.ActivatorUnknown
        : string.Join("; ", accounts.Select(account => $"{account.DisplayName}, {account.SignInName}"));
}
