using System.Text;

namespace SupportBot.Cards.Templating;

/// <summary>Splits the text between <c>${</c> and <c>}</c> into tokens.</summary>
internal static class ExpressionTokenizer
{
    public static IReadOnlyList<ExpressionToken> Tokenize(string expression)
    {
        var tokens = new List<ExpressionToken>();
        var position = 0;
        while (position < expression.Length)
        {
            var current = expression[position];
            if (char.IsWhiteSpace(current))
            {
                position++;
            }
            else if (IsIdentifierStart(current))
            {
                tokens.Add(ReadIdentifier(expression, ref position));
            }
            else if (char.IsAsciiDigit(current))
            {
                tokens.Add(ReadNumber(expression, ref position));
            }
            else if (current is '\'' or '"')
            {
                tokens.Add(ReadString(expression, ref position));
            }
            else
            {
                tokens.Add(ReadOperator(expression, ref position));
            }
        }

        tokens.Add(new ExpressionToken(ExpressionTokenKind.End, string.Empty, expression.Length));
        return tokens;
    }

    private static bool IsIdentifierStart(char character) => char.IsLetter(character) || character is '_' or '$';

    private static bool IsIdentifierPart(char character) => char.IsLetterOrDigit(character) || character == '_';

    private static ExpressionToken ReadIdentifier(string expression, ref int position)
    {
        var start = position;
        position++;
        while (position < expression.Length && IsIdentifierPart(expression[position]))
        {
            position++;
        }

        return new ExpressionToken(ExpressionTokenKind.Identifier, expression[start..position], start);
    }

    private static ExpressionToken ReadNumber(string expression, ref int position)
    {
        var start = position;
        while (position < expression.Length && char.IsAsciiDigit(expression[position]))
        {
            position++;
        }

        if (position + 1 < expression.Length && expression[position] == '.' && char.IsAsciiDigit(expression[position + 1]))
        {
            position++;
            while (position < expression.Length && char.IsAsciiDigit(expression[position]))
            {
                position++;
            }
        }

        return new ExpressionToken(ExpressionTokenKind.Number, expression[start..position], start);
    }

    private static ExpressionToken ReadString(string expression, ref int position)
    {
        var start = position;
        var quote = expression[position];
        var text = new StringBuilder();
        position++;
        while (position < expression.Length && expression[position] != quote)
        {
            if (expression[position] == '\\' && position + 1 < expression.Length)
            {
                position++;
                text.Append(Unescape(expression[position]));
            }
            else
            {
                text.Append(expression[position]);
            }

            position++;
        }

        if (position >= expression.Length)
        {
            throw new TemplateSyntaxException($"Unterminated string at {start} in '{expression}'.");
        }

        position++;
        return new ExpressionToken(ExpressionTokenKind.String, text.ToString(), start);
    }

    private static char Unescape(char escaped) => escaped switch
    {
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        _ => escaped,
    };

    private static ExpressionToken ReadOperator(string expression, ref int position)
    {
        var start = position;
        var next = position + 1 < expression.Length ? expression[position + 1] : '\0';
        var (kind, length) = (expression[position], next) switch
        {
            ('=', '=') => (ExpressionTokenKind.Equal, 2),
            ('!', '=') => (ExpressionTokenKind.NotEqual, 2),
            ('<', '=') => (ExpressionTokenKind.LessOrEqual, 2),
            ('>', '=') => (ExpressionTokenKind.GreaterOrEqual, 2),
            ('&', '&') => (ExpressionTokenKind.And, 2),
            ('|', '|') => (ExpressionTokenKind.Or, 2),
            ('!', _) => (ExpressionTokenKind.Not, 1),
            ('<', _) => (ExpressionTokenKind.Less, 1),
            ('>', _) => (ExpressionTokenKind.Greater, 1),
            ('.', _) => (ExpressionTokenKind.Dot, 1),
            (',', _) => (ExpressionTokenKind.Comma, 1),
            ('(', _) => (ExpressionTokenKind.OpenParen, 1),
            (')', _) => (ExpressionTokenKind.CloseParen, 1),
            ('[', _) => (ExpressionTokenKind.OpenBracket, 1),
            (']', _) => (ExpressionTokenKind.CloseBracket, 1),
            _ => throw new TemplateSyntaxException($"Unexpected '{expression[position]}' at {start} in '{expression}'."),
        };
        position += length;
        return new ExpressionToken(kind, expression.Substring(start, length), start);
    }
}
