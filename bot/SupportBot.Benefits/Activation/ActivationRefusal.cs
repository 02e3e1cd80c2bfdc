namespace SupportBot.Benefits.Activation;

public enum ActivationRefusal
{
    /// <summary>CSP-only accounts get "You are not authorized for this action".</summary>
    NotMpnAssociated,
    /// <summary>Only Global admins and MPN partner admins may activate.</summary>
    RoleNotAllowed,
    NoActiveMembership,
}
