using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Ledger;

/// <summary>
/// Book one incident on a contract. <see cref="ActivityId"/> is the channel activity that asked for it:
/// the same id books at most once, so a retried delivery or a double-clicked card is harmless.
/// </summary>
public sealed record BookingRequest(
    string ContractKey,
    string SignInName,
    string Product,
    string Title,
    IncidentSeverity Severity,
    string? ActivityId);
