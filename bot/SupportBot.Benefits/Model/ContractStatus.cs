namespace SupportBot.Benefits.Model;

public enum ContractStatus
{
    Active,
    /// <summary>The start date is still ahead.</summary>
    NotStarted,
    Expired,
    UsedUp,
}
