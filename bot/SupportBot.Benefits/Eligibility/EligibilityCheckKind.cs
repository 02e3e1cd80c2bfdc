namespace SupportBot.Benefits.Eligibility;

public enum EligibilityCheckKind
{
    MpnAssociation,
    Role,
    ActiveMembership,
    Activation,
}
