namespace SupportBot.Cards;

/// <summary>Which colour the contract card gives the status text.</summary>
public enum ContractStatus
{
    Active,
    Expired,
    UsedUp,
}
