namespace SupportBot.Benefits.Model;

/// <summary>A contract added to an account in a portal; once linked it stays linked until it expires or is used up.</summary>
public sealed record ContractLink(string ContractKey, string SignInName, SupportPortal Portal, DateTimeOffset LinkedAt);
