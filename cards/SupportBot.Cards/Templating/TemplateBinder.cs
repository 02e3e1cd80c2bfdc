using Newtonsoft.Json.Linq;

namespace SupportBot.Cards.Templating;

/// <summary>
/// Expands an Adaptive Card template against data with the semantics of the official
/// <c>adaptivecards-templating</c> 2.3.1 engine, for the subset of the language our templates use:
/// <c>${...}</c> bindings, <c>$data</c> (repeat over an array, rescope to an object), <c>$when</c>,
/// <c>$root</c> and <c>$index</c>. Only the template is parsed; values from the data are never evaluated.
/// </summary>
internal sealed class TemplateBinder
{
    private static readonly HashSet<string> ReservedProperties = new(StringComparer.Ordinal)
    {
        "$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion",
    };

    private readonly List<string> _missingPaths = [];

    private TemplateBinder()
    {
    }

    public static BoundTemplate Bind(JToken template, JToken data)
    {
        var binder = new TemplateBinder();
        var content = binder.Expand(template, BindingScope.ForRoot(data));
        return new BoundTemplate(content, binder._missingPaths.Distinct(StringComparer.Ordinal).ToList());
    }

    // Returns a JSON null for "nothing here" (an element whose $when is false); arrays drop those.
    private JToken Expand(JToken node, BindingScope scope) => node switch
    {
        JArray array => ExpandArray(array, scope),
        JObject element => ExpandElement(element, scope),
        JValue { Type: JTokenType.String } text => ExpandString((string)text!, scope),
        _ => node.DeepClone(),
    };

    private JArray ExpandArray(JArray array, BindingScope scope)
    {
        var result = new JArray();
        foreach (var item in array)
        {
            var expanded = Expand(item, scope);
            if (expanded is JArray repeated)
            {
                foreach (var repetition in repeated)
                {
                    result.Add(repetition);
                }
            }
            else if (expanded.Type != JTokenType.Null)
            {
                result.Add(expanded);
            }
        }

        return result;
    }

    private JToken ExpandElement(JObject element, BindingScope scope)
    {
        var contexts = DataContexts(element, scope);
        var expansions = new List<JObject>();
        foreach (var context in contexts)
        {
            if (IsIncluded(element, context))
            {
                expansions.Add(ExpandProperties(element, context));
            }
        }

        return expansions switch
        {
            [] => JValue.CreateNull(),
            [var only] => only,
            _ => new JArray(expansions),
        };
    }

    private List<BindingScope> DataContexts(JObject element, BindingScope scope)
    {
        if (!element.TryGetValue("$data", StringComparison.Ordinal, out var dataBinding))
        {
            return [scope];
        }

        var data = dataBinding is JValue { Type: JTokenType.String } text && InterpolatedString.MayContainExpressions((string)text!)
            ? ExpandString((string)text!, scope)
            : dataBinding;
        return data is JArray items
            ? items.Select((item, index) => scope with { Data = item, Index = index }).ToList()
            : [scope with { Data = data }];
    }

    private static bool IsIncluded(JObject element, BindingScope scope)
    {
        if (!element.TryGetValue("$when", StringComparison.Ordinal, out var condition))
        {
            return true;
        }

        if (condition is not JValue { Type: JTokenType.String } text
            || !InterpolatedString.MayContainExpressions((string)text!)
            || InterpolatedString.Parse((string)text!) is not { HasExpressions: true } parsed)
        {
            // The official engine drops an element whose $when is present but not an expression, unless it is falsy.
            return !JsSemantics.IsTruthy(condition);
        }

        // $when reads missing values as undefined (no ${path} substitution), and any error means false.
        try
        {
            var value = parsed.SoleExpression is { } expression
                ? new ExpressionEvaluator(scope, substituteMissing: null).Evaluate(expression)
                : null;
            return value is { Type: JTokenType.Boolean } && (bool)value;
        }
        catch (ExpressionEvaluationException)
        {
            return false;
        }
    }

    private JObject ExpandProperties(JObject element, BindingScope scope)
    {
        var result = new JObject();
        foreach (var property in element.Properties())
        {
            if (!ReservedProperties.Contains(property.Name))
            {
                result[property.Name] = Expand(property.Value, scope);
            }
        }

        return result;
    }

    private JToken ExpandString(string text, BindingScope scope)
    {
        if (!InterpolatedString.MayContainExpressions(text))
        {
            return new JValue(text);
        }

        var parsed = InterpolatedString.Parse(text);
        if (!parsed.HasExpressions)
        {
            return new JValue(text);
        }

        var evaluator = new ExpressionEvaluator(scope, _missingPaths.Add);
        if (parsed.SoleExpression is { } sole)
        {
            try
            {
                return evaluator.Evaluate(sole)?.DeepClone() ?? JValue.CreateNull();
            }
            catch (ExpressionEvaluationException error)
            {
                throw new TemplateBindingException($"Cannot bind '{text}': {error.Message}", error);
            }
        }

        return new JValue(Interpolate(parsed, evaluator, text));
    }

    private static string Interpolate(InterpolatedString parsed, ExpressionEvaluator evaluator, string text)
    {
        var result = new System.Text.StringBuilder();
        foreach (var segment in parsed.Segments)
        {
            if (segment.Expression is null)
            {
                result.Append(segment.Literal);
                continue;
            }

            JToken? value;
            try
            {
                value = evaluator.Evaluate(segment.Expression);
            }
            catch (ExpressionEvaluationException)
            {
                // The official engine writes a failed part back as ${expression} and carries on.
                result.Append("${").Append(segment.Expression).Append('}');
                continue;
            }

            try
            {
                result.Append(JsSemantics.ToText(value));
            }
            catch (ExpressionEvaluationException error)
            {
                throw new TemplateBindingException($"Cannot bind '{text}': {error.Message}", error);
            }
        }

        return result.ToString();
    }
}
