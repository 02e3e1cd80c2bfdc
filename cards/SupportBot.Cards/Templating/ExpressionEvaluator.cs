using Newtonsoft.Json.Linq;

namespace SupportBot.Cards.Templating;

/// <summary>
/// Evaluates an <see cref="ExpressionNode"/> the way Adaptive Expressions does for the supported subset.
/// A C# <see langword="null"/> result means "undefined"; JSON null is a <see cref="JValue"/> of type Null.
/// </summary>
internal sealed class ExpressionEvaluator
{
    private readonly BindingScope _scope;
    private readonly Action<string>? _substituteMissing;

    /// <param name="scope">The data the paths read.</param>
    /// <param name="substituteMissing">
    /// When set, a path that reads nothing evaluates to the text <c>${path}</c> (the official engine's
    /// null substitution for bound text) and is reported here; when null, it evaluates to undefined
    /// (the official engine's behaviour for <c>$when</c>).
    /// </param>
    public ExpressionEvaluator(BindingScope scope, Action<string>? substituteMissing)
    {
        _scope = scope;
        _substituteMissing = substituteMissing;
    }

    public JToken? Evaluate(ExpressionNode node) => node switch
    {
        LiteralNode literal => literal.Value,
        PathNode path => EvaluatePath(path),
        NotNode not => new JValue(!JsSemantics.IsLogicTrue(Evaluate(not.Operand))),
        BinaryNode binary => EvaluateBinary(binary),
        CallNode call => EvaluateCall(call),
        _ => throw new ExpressionEvaluationException($"Cannot evaluate {node}."),
    };

    private JToken? EvaluatePath(PathNode path)
    {
        var value = Resolve(path);
        if (value is null && _substituteMissing is not null)
        {
            var text = path.ToString();
            _substituteMissing(text);
            return new JValue("${" + text + "}");
        }

        return value;
    }

    private JToken? Resolve(ExpressionNode node) => node switch
    {
        IdentifierNode identifier => ResolveIdentifier(identifier.Name),
        MemberNode member => JsSemantics.AccessProperty(Resolve(member.Target), member.Name),
        ElementNode element => ResolveElement(Resolve(element.Target), Evaluate(element.Index)),
        _ => Evaluate(node),
    };

    private JToken? ResolveIdentifier(string name) => name switch
    {
        "$root" => _scope.Root,
        "$data" => _scope.Data,
        "$index" => _scope.Index is { } index ? new JValue(index) : null,
        _ when name.StartsWith('$') => null,
        _ => JsSemantics.AccessProperty(_scope.Data, name),
    };

    private static JToken? ResolveElement(JToken? target, JToken? index)
    {
        if (target is JArray array && index is { Type: JTokenType.Integer })
        {
            var position = (long)index;
            return position >= 0 && position < array.Count
                ? array[(int)position]
                : throw new ExpressionEvaluationException($"Index {position} is out of range.");
        }

        return index is { Type: JTokenType.String } ? JsSemantics.AccessProperty(target, (string)index!) : null;
    }

    private JValue EvaluateBinary(BinaryNode binary)
    {
        switch (binary.Operator)
        {
            case ExpressionTokenKind.And:
                return new JValue(JsSemantics.IsLogicTrue(Evaluate(binary.Left)) && JsSemantics.IsLogicTrue(Evaluate(binary.Right)));
            case ExpressionTokenKind.Or:
                return new JValue(JsSemantics.IsLogicTrue(Evaluate(binary.Left)) || JsSemantics.IsLogicTrue(Evaluate(binary.Right)));
            case ExpressionTokenKind.Equal:
                return new JValue(JsSemantics.CommonEquals(Evaluate(binary.Left), Evaluate(binary.Right)));
            case ExpressionTokenKind.NotEqual:
                return new JValue(!JsSemantics.CommonEquals(Evaluate(binary.Left), Evaluate(binary.Right)));
            default:
                var order = JsSemantics.Compare(Evaluate(binary.Left), Evaluate(binary.Right));
                return new JValue(binary.Operator switch
                {
                    ExpressionTokenKind.Less => order < 0,
                    ExpressionTokenKind.LessOrEqual => order <= 0,
                    ExpressionTokenKind.Greater => order > 0,
                    _ => order >= 0,
                });
        }
    }

    private JValue EvaluateCall(CallNode call)
    {
        var argument = Evaluate(call.Arguments[0]);
        return call.Function switch
        {
            "exists" => argument is null || argument.Type == JTokenType.Null
                ? throw new ExpressionEvaluationException($"{call.Arguments[0]} is null.")
                : new JValue(true),
            "count" => new JValue(JsSemantics.Count(argument)),
            _ => new JValue(JsSemantics.IsEmpty(argument)),
        };
    }
}
