using SupportBot.Cards.Templating;

namespace SupportBot.Cards.Tests.Templating;

public class ExpressionParserTests
{
    [Theory]
    [InlineData("!a && b == 'x' || c > 1", "((!(a) && (b == 'x')) || (c > 1))")]
    [InlineData("$root.items[0].title", "$root.items[0].title")]
    [InlineData("count(list) >= 2", "(count(list) >= 2)")]
    [InlineData("!(a || b)", "!((a || b))")]
    [InlineData("x != \"it's\"", "(x != 'it\\'s')")]
    public void Parse_SupportedExpression_PrintsCanonicalForm(string expression, string canonical)
    {
        Assert.Equal(canonical, ExpressionParser.Parse(expression).ToString());
    }

    [Theory]
    [InlineData("a +")]
    [InlineData("a == ")]
    [InlineData("foo(a)")]
    [InlineData("count(a, b)")]
    [InlineData("'unterminated")]
    [InlineData("a ? b : c")]
    [InlineData("")]
    public void Parse_OutsideTheSubset_ThrowsTemplateSyntaxException(string expression)
    {
        Assert.Throws<TemplateSyntaxException>(() => ExpressionParser.Parse(expression));
    }
}
