namespace SupportBot.Dialogs.Recognizers;

/// <summary>What a user's message asks for: a flow of the menu, or a command that works at every step.</summary>
public enum SupportIntent
{
    None,
    Menu,
    Greeting,
    Help,
    Cancel,
    StartOver,
    SwitchToEnglish,
    SwitchToTurkish,
    CheckEligibility,
    ActivateBenefits,
    GetSupport,
    IncidentsLeft,
    AccessIdAlreadyAssociated,
    SupportPlans,
}
