using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Advice;

/// <summary>The user's answers to <see cref="AccessIdQuestion"/>s; null means not asked or not known.</summary>
public sealed record AccessIdAnswers(bool? LinkedBeforeWithThisAccount = null, SupportBenefit? ContractEntered = null)
{
    public static AccessIdAnswers None { get; } = new();
}
