namespace SupportBot.Cards.Templating;

/// <summary>An expression failed at run time, as Adaptive Expressions reports an evaluation error.</summary>
internal sealed class ExpressionEvaluationException(string message) : Exception(message);
