namespace SupportBot.Benefits.Advice;

/// <summary>What to ask the user when the data alone cannot tell which case of the error applies.</summary>
public enum AccessIdQuestion
{
    /// <summary>Did you add this contract to your account before, for example in Support for Business?</summary>
    LinkedBeforeWithThisAccount,
    /// <summary>Which contract's Access ID did you enter: Product Support or Signature Cloud Support?</summary>
    WhichContractWasEntered,
}
