using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Activation;

/// <summary>What asking to activate did. Switch over the nested cases.</summary>
public abstract record ActivationResult
{
    private ActivationResult()
    {
    }

    /// <summary>A new pending request was recorded; processing takes up to a few days.</summary>
    public sealed record Requested(ActivationRequest Request) : ActivationResult;

    /// <summary>A request was already pending; nothing new was recorded.</summary>
    public sealed record AlreadyPending(ActivationRequest Request) : ActivationResult;

    /// <summary>The benefits are active: here are the contracts (with their Access ID and Contract ID).</summary>
    public sealed record AlreadyActive(IReadOnlyList<ContractSummary> Contracts) : ActivationResult;

    /// <summary>Not allowed; <see cref="Activators"/> are the partner's accounts that may activate.</summary>
    public sealed record Refused(ActivationRefusal Reason, IReadOnlyList<Account> Activators) : ActivationResult;
}
