namespace SupportBot.Benefits.Ledger;

public enum BookingRefusal
{
    UnknownContract,
    UnknownAccount,
    /// <summary>The contract belongs to another partner.</summary>
    NotYourContract,
    /// <summary>The contract's start date is still ahead.</summary>
    NotActive,
    Expired,
    UsedUp,
}
