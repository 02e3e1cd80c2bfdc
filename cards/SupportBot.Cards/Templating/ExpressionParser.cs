using Newtonsoft.Json.Linq;

namespace SupportBot.Cards.Templating;

/// <summary>
/// A recursive-descent parser for the expression subset our templates use: paths ($root, $data, $index,
/// members, elements), literals, <c>!</c>, comparisons, <c>&amp;&amp;</c>, <c>||</c> and the functions
/// <c>exists</c>, <c>count</c> and <c>empty</c>. Precedence follows Adaptive Expressions.
/// </summary>
internal sealed class ExpressionParser
{
    private static readonly Dictionary<string, int> FunctionArity = new(StringComparer.Ordinal)
    {
        ["exists"] = 1,
        ["count"] = 1,
        ["empty"] = 1,
    };

    private readonly string _expression;
    private readonly IReadOnlyList<ExpressionToken> _tokens;
    private int _position;

    private ExpressionParser(string expression)
    {
        _expression = expression;
        _tokens = ExpressionTokenizer.Tokenize(expression);
    }

    public static ExpressionNode Parse(string expression)
    {
        var parser = new ExpressionParser(expression);
        var node = parser.ParseOr();
        parser.Expect(ExpressionTokenKind.End);
        return node;
    }

    private ExpressionToken Current => _tokens[_position];

    private ExpressionNode ParseOr()
    {
        var left = ParseAnd();
        while (Current.Kind == ExpressionTokenKind.Or)
        {
            var symbol = Advance().Text;
            left = new BinaryNode(ExpressionTokenKind.Or, symbol, left, ParseAnd());
        }

        return left;
    }

    private ExpressionNode ParseAnd()
    {
        var left = ParseEquality();
        while (Current.Kind == ExpressionTokenKind.And)
        {
            var symbol = Advance().Text;
            left = new BinaryNode(ExpressionTokenKind.And, symbol, left, ParseEquality());
        }

        return left;
    }

    private ExpressionNode ParseEquality()
    {
        var left = ParseRelational();
        while (Current.Kind is ExpressionTokenKind.Equal or ExpressionTokenKind.NotEqual)
        {
            var token = Advance();
            left = new BinaryNode(token.Kind, token.Text, left, ParseRelational());
        }

        return left;
    }

    private ExpressionNode ParseRelational()
    {
        var left = ParseUnary();
        while (Current.Kind is ExpressionTokenKind.Less or ExpressionTokenKind.LessOrEqual
               or ExpressionTokenKind.Greater or ExpressionTokenKind.GreaterOrEqual)
        {
            var token = Advance();
            left = new BinaryNode(token.Kind, token.Text, left, ParseUnary());
        }

        return left;
    }

    private ExpressionNode ParseUnary()
    {
        if (Current.Kind == ExpressionTokenKind.Not)
        {
            Advance();
            return new NotNode(ParseUnary());
        }

        return ParsePostfix();
    }

    private ExpressionNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            switch (Current.Kind)
            {
                case ExpressionTokenKind.Dot:
                    Advance();
                    node = new MemberNode(node, Expect(ExpressionTokenKind.Identifier).Text);
                    break;
                case ExpressionTokenKind.OpenBracket:
                    Advance();
                    var index = ParseOr();
                    Expect(ExpressionTokenKind.CloseBracket);
                    node = new ElementNode(node, index);
                    break;
                case ExpressionTokenKind.OpenParen when node is IdentifierNode function:
                    node = ParseCall(function.Name);
                    break;
                default:
                    return node;
            }
        }
    }

    private CallNode ParseCall(string function)
    {
        var openParen = Expect(ExpressionTokenKind.OpenParen);
        if (!FunctionArity.TryGetValue(function, out var arity))
        {
            throw new TemplateSyntaxException($"Unsupported function '{function}' at {openParen.Position} in '{_expression}'.");
        }

        var arguments = new List<ExpressionNode>();
        if (Current.Kind != ExpressionTokenKind.CloseParen)
        {
            arguments.Add(ParseOr());
            while (Current.Kind == ExpressionTokenKind.Comma)
            {
                Advance();
                arguments.Add(ParseOr());
            }
        }

        Expect(ExpressionTokenKind.CloseParen);
        if (arguments.Count != arity)
        {
            throw new TemplateSyntaxException($"'{function}' takes {arity} argument(s) in '{_expression}'.");
        }

        return new CallNode(function, arguments);
    }

    private ExpressionNode ParsePrimary()
    {
        var token = Advance();
        switch (token.Kind)
        {
            case ExpressionTokenKind.Number:
                return new LiteralNode(token.Text.Contains('.', StringComparison.Ordinal)
                    ? new JValue(double.Parse(token.Text, System.Globalization.CultureInfo.InvariantCulture))
                    : new JValue(long.Parse(token.Text, System.Globalization.CultureInfo.InvariantCulture)));
            case ExpressionTokenKind.String:
                return new LiteralNode(new JValue(token.Text));
            case ExpressionTokenKind.Identifier when token.Text == "true":
                return new LiteralNode(new JValue(true));
            case ExpressionTokenKind.Identifier when token.Text == "false":
                return new LiteralNode(new JValue(false));
            case ExpressionTokenKind.Identifier when token.Text == "null":
                return new LiteralNode(JValue.CreateNull());
            case ExpressionTokenKind.Identifier:
                return new IdentifierNode(token.Text);
            case ExpressionTokenKind.OpenParen:
                var inner = ParseOr();
                Expect(ExpressionTokenKind.CloseParen);
                return inner;
            default:
                throw Unexpected(token);
        }
    }

    private ExpressionToken Advance()
    {
        var token = Current;
        if (token.Kind != ExpressionTokenKind.End)
        {
            _position++;
        }

        return token;
    }

    private ExpressionToken Expect(ExpressionTokenKind kind)
    {
        var token = Advance();
        return token.Kind == kind ? token : throw Unexpected(token);
    }

    private TemplateSyntaxException Unexpected(ExpressionToken token) => token.Kind == ExpressionTokenKind.End
        ? new TemplateSyntaxException($"Unexpected end of expression '{_expression}'.")
        : new TemplateSyntaxException($"Unexpected '{token.Text}' at {token.Position} in '{_expression}'.");
}
