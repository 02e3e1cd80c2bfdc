namespace SupportBot.Cards.Templating;

internal enum ExpressionTokenKind
{
    Identifier,
    Number,
    String,
    Dot,
    Comma,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Not,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
    End,
}
