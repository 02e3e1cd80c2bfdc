namespace SupportBot.Cards.Templating;

/// <summary>
/// A template string split into literal text and <c>${...}</c> expressions. An opening <c>${</c> with no
/// closing brace stays literal text, as in the official engine.
/// </summary>
internal sealed class InterpolatedString
{
    private const string ExpressionStart = "${";

    private InterpolatedString(IReadOnlyList<Segment> segments)
    {
        Segments = segments;
    }

    public IReadOnlyList<Segment> Segments { get; }

    public bool HasExpressions => Segments.Any(segment => segment.Expression is not null);

    /// <summary>
    /// The whole string is one expression, so it binds to the value's own JSON type. A lone literal does
    /// not count: the official engine turns <c>${1}</c> into the text "1".
    /// </summary>
    public ExpressionNode? SoleExpression => Segments is [{ Expression: { } only }] && only is not LiteralNode ? only : null;

    public static bool MayContainExpressions(string text) => text.Contains(ExpressionStart, StringComparison.Ordinal);

    public static InterpolatedString Parse(string text)
    {
        var segments = new List<Segment>();
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf(ExpressionStart, position, StringComparison.Ordinal);
            var end = start < 0 ? -1 : FindClosingBrace(text, start + ExpressionStart.Length);
            if (end < 0)
            {
                segments.Add(Segment.Text(text[position..]));
                break;
            }

            if (start > position)
            {
                segments.Add(Segment.Text(text[position..start]));
            }

            var source = text[(start + ExpressionStart.Length)..end];
            segments.Add(Segment.Bound(ExpressionParser.Parse(source)));
            position = end + 1;
        }

        return new InterpolatedString(segments);
    }

    private static int FindClosingBrace(string text, int position)
    {
        var quote = '\0';
        for (var index = position; index < text.Length; index++)
        {
            var character = text[index];
            if (quote != '\0')
            {
                if (character == '\\')
                {
                    index++;
                }
                else if (character == quote)
                {
                    quote = '\0';
                }
            }
            else if (character is '\'' or '"')
            {
                quote = character;
            }
            else if (character == '}')
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Either literal text or one expression.</summary>
    internal sealed record Segment(string? Literal, ExpressionNode? Expression)
    {
        public static Segment Text(string literal) => new(literal, null);

        public static Segment Bound(ExpressionNode expression) => new(null, expression);
    }
}
