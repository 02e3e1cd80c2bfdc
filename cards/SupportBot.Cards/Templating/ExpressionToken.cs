namespace SupportBot.Cards.Templating;

/// <summary>One token of a binding expression; <see cref="Text"/> holds the unescaped value of strings.</summary>
internal readonly record struct ExpressionToken(ExpressionTokenKind Kind, string Text, int Position);
