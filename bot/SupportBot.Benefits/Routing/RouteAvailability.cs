namespace SupportBot.Benefits.Routing;

public enum RouteAvailability
{
    Available,
    NotMpnAssociated,
    NoActiveMembership,
    /// <summary>No membership includes this kind of support (Action Pack has no cloud support).</summary>
    NotEntitled,
    NotActivated,
    ActivationPending,
    /// <summary>Activated, but no contract of this kind is on record.</summary>
    NoContract,
    NotStarted,
    Expired,
    UsedUp,
}
