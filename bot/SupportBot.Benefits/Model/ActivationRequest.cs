namespace SupportBot.Benefits.Model;

public sealed record ActivationRequest(
    long Id,
    string PartnerId,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    ActivationRequestStatus Status,
    DateTimeOffset? CompletedAt);
