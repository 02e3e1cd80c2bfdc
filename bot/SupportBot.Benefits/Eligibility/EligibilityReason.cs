namespace SupportBot.Benefits.Eligibility;

/// <summary>Why a check passed or failed; the dialogs turn each into a sentence.</summary>
public enum EligibilityReason
{
    MpnAssociated,
    /// <summary>Partner Center answers "You are not authorized for this action".</summary>
    CspOnly,
    GlobalAdmin,
    MpnPartnerAdmin,
    /// <summary>Not an activator, but can open requests for customers through CSP.</summary>
    AdminAgentCspPath,
    /// <summary>Can use the benefits only with the Access ID and Contract ID from an admin.</summary>
    NoAdminRole,
    ActiveMembership,
    /// <summary>Partner Center shows "Looks like you don't have any benefits yet".</summary>
    NoActiveMembership,
    Activated,
    ActivationPending,
    NotActivated,
    /// <summary>Without an active membership offer there is nothing to activate.</summary>
    NothingToActivate,
}
