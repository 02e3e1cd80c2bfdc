namespace SupportBot.Benefits.Model;

/// <summary>How Teams identifies a user: the Entra tenant and the user's object id in it.</summary>
public sealed record EntraIdentity(Guid TenantId, Guid ObjectId);
