namespace SupportBot.Benefits.Eligibility;

public enum EligibilityFix
{
    None,
    SignInWithMpnAccount,
    AskAdminForIds,
    /// <summary>Join a membership offer or buy a partner support plan; if the company has offers, sign in with another account.</summary>
    GetMembershipOrSupportPlan,
    ActivateBenefits,
    AskAdminToActivate,
    WaitForActivation,
}
