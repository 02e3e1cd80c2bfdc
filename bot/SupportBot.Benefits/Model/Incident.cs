namespace SupportBot.Benefits.Model;

/// <summary>A booked support incident; <see cref="ActivityId"/> is the channel activity that booked it, if any.</summary>
public sealed record Incident(
    long Id,
    string ContractKey,
    string SignInName,
    SupportScope Scope,
    string Product,
    string Title,
    IncidentSeverity Severity,
    DateTimeOffset OpenedAt,
    string? ActivityId);
