namespace SupportBot.Dialogs.Engine;

/// <summary>
/// The result of a turn whose prompt received <see cref="PromptOptions.MaxAttempts"/> answers it could not use;
/// the whole dialog stack has ended, so the host should offer a way forward (menu, help).
/// </summary>
/// <param name="PromptId">The id of the prompt that gave up.</param>
public sealed record PromptAttemptsExhausted(string PromptId);
