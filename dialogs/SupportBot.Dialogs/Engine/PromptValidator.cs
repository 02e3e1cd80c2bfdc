namespace SupportBot.Dialogs.Engine;

/// <summary>Decides whether a prompt's answer is acceptable; it may also send its own explanation.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
