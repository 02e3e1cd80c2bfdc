using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SupportBot.Cards.Templating;

/// <summary>
/// The syntax tree of a binding expression. <see cref="object.ToString"/> prints the canonical form the
/// official engine prints (it names a missing value, or an expression that failed, in the bound text).
/// </summary>
internal abstract record ExpressionNode;

/// <summary>A node that reads a value from the data: a name, a member or an element.</summary>
internal abstract record PathNode : ExpressionNode;

internal sealed record LiteralNode(JValue Value) : ExpressionNode
{
    public override string ToString() => Value.Type switch
    {
        JTokenType.String => "'" + ((string)Value!).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'",
        JTokenType.Boolean => (bool)Value ? "true" : "false",
        JTokenType.Null => "null",
        _ => Convert.ToString(Value.Value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}

internal sealed record IdentifierNode(string Name) : PathNode
{
    public override string ToString() => Name;
}

internal sealed record MemberNode(ExpressionNode Target, string Name) : PathNode
{
    public override string ToString() => $"{Target}.{Name}";
}

internal sealed record ElementNode(ExpressionNode Target, ExpressionNode Index) : PathNode
{
    public override string ToString() => $"{Target}[{Index}]";
}

internal sealed record NotNode(ExpressionNode Operand) : ExpressionNode
{
    public override string ToString() => $"!({Operand})";
}

internal sealed record BinaryNode(ExpressionTokenKind Operator, string Symbol, ExpressionNode Left, ExpressionNode Right) : ExpressionNode
{
    public override string ToString() => $"({Left} {Symbol} {Right})";
}

internal sealed record CallNode(string Function, IReadOnlyList<ExpressionNode> Arguments) : ExpressionNode
{
    public override string ToString() => $"{Function}({string.Join(", ", Arguments)})";
}
