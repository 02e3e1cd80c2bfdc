using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SupportBot.Cards.Templating;

/// <summary>
/// The JavaScript value rules the official engine (adaptivecards-templating on Adaptive Expressions)
/// applies, restated over Json.NET tokens. A C# <see langword="null"/> stands for JavaScript undefined.
/// </summary>
internal static class JsSemantics
{
    /// <summary>Adaptive Expressions' truth: booleans are themselves, undefined and null are false, anything else is true.</summary>
    public static bool IsLogicTrue(JToken? value) => value switch
    {
        null => false,
        { Type: JTokenType.Boolean } => (bool)value,
        { Type: JTokenType.Null } => false,
        _ => true,
    };

    /// <summary>JavaScript truthiness, which the engine applies to a <c>$when</c> that is not an expression.</summary>
    public static bool IsTruthy(JToken? value) => value switch
    {
        null => false,
        { Type: JTokenType.Boolean } => (bool)value,
        { Type: JTokenType.Null or JTokenType.Undefined } => false,
        { Type: JTokenType.String } => ((string)value!).Length > 0,
        { Type: JTokenType.Integer or JTokenType.Float } => (double)value is not (0 or double.NaN),
        _ => true,
    };

    /// <summary>Property access the Adaptive Expressions way: falsy targets read nothing, names match case-insensitively.</summary>
    public static JToken? AccessProperty(JToken? target, string name)
    {
        if (!IsTruthy(target) || target is not JObject properties)
        {
            return null;
        }

        return properties.Properties()
            .FirstOrDefault(property => string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))?
            .Value;
    }

    public static bool CommonEquals(JToken? left, JToken? right)
    {
        if (IsNullish(left) || IsNullish(right))
        {
            return IsNullish(left) && IsNullish(right);
        }

        if (IsNumber(left!) && IsNumber(right!))
        {
            return Math.Abs((double)left! - (double)right!) < double.Epsilon;
        }

        return JToken.DeepEquals(left, right);
    }

    public static int Compare(JToken? left, JToken? right)
    {
        if (left is not null && right is not null)
        {
            if (IsNumber(left) && IsNumber(right))
            {
                return ((double)left).CompareTo((double)right);
            }

            if (left.Type == JTokenType.String && right.Type == JTokenType.String)
            {
                return string.CompareOrdinal((string)left!, (string)right!);
            }
        }

        throw new ExpressionEvaluationException($"{left} and {right} must be comparable.");
    }

    public static long Count(JToken? value) => value switch
    {
        { Type: JTokenType.String } => ((string)value!).Length,
        JArray array => array.Count,
        JObject properties => properties.Count,
        _ => throw new ExpressionEvaluationException($"{value} must be a string, list, map or object."),
    };

    public static bool IsEmpty(JToken? value) => value switch
    {
        null or { Type: JTokenType.Null } => true,
        { Type: JTokenType.String } => ((string)value!).Length == 0,
        JArray array => array.Count == 0,
        JObject properties => properties.Count == 0,
        _ => throw new ExpressionEvaluationException($"{value} must be a string, list, map or object."),
    };

    /// <summary>JavaScript's <c>toString()</c>, which the engine uses to put a value into a larger string.</summary>
    public static string ToText(JToken? value) => value switch
    {
        null or { Type: JTokenType.Null } => throw new ExpressionEvaluationException("Cannot put null into text."),
        { Type: JTokenType.String } => (string)value!,
        { Type: JTokenType.Boolean } => (bool)value ? "true" : "false",
        { Type: JTokenType.Integer or JTokenType.Float } => NumberToText((double)value),
        JArray array => string.Join(',', array.Select(item => IsNullish(item) ? string.Empty : ToText(item))),
        JObject => "[object Object]",
        _ => value.ToString(),
    };

    private static bool IsNullish(JToken? value) => value is null || value.Type is JTokenType.Null or JTokenType.Undefined;

    private static bool IsNumber(JToken value) => value.Type is JTokenType.Integer or JTokenType.Float;

    private static string NumberToText(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        // JavaScript prints integers below 1e21 in full and the rest as the shortest round-trip form.
        if (number == Math.Floor(number) && Math.Abs(number) < 1e21)
        {
            return number.ToString("F0", CultureInfo.InvariantCulture);
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal);
    }
}
