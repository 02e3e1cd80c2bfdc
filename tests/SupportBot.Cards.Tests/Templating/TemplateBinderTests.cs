using SupportBot.Cards.Templating;

namespace SupportBot.Cards.Tests.Templating;

public class TemplateBinderTests
{
    [Theory]
    [MemberData(nameof(BindingCases.Theory), MemberType = typeof(BindingCases))]
    public void Bind_Case_ProducesTheOfficialResult(BindingCase bindingCase)
    {
        BinderAssert.BindsTo(bindingCase.Template, bindingCase.Data, bindingCase.Expected);
    }

    [Fact]
    public void Bind_MissingValues_ReportsEachPathOnce()
    {
        var bound = BinderAssert.Bind("""{ "a": "${missing}", "b": "x ${missing} ${o.zz}", "c": "${s}" }""", """{ "s": "hi", "o": {} }""");

        Assert.Equal(["missing", "o.zz"], bound.MissingPaths);
    }

    [Fact]
    public void Bind_MissingValueInWhen_IsNotReportedAsMissing()
    {
        var bound = BinderAssert.Bind("""{ "x": [{ "$when": "${exists(optional)}", "v": "${optional}" }] }""", "{}");

        Assert.Empty(bound.MissingPaths);
    }

    [Fact]
    public void Bind_UserTextContainingExpressionSyntax_IsNotReportedAsMissing()
    {
        var bound = BinderAssert.Bind("""{ "v": "${title}" }""", """{ "title": "${secret} ${count(x)}" }""");

        Assert.Empty(bound.MissingPaths);
        Assert.Equal("${secret} ${count(x)}", (string?)bound.Content["v"]);
    }

    [Fact]
    public void Bind_PropertyNameInOtherCase_FindsItLikeAdaptiveExpressions()
    {
        BinderAssert.BindsTo("""{ "v": "${Title}" }""", """{ "title": "hi" }""", """{ "v": "hi" }""");
    }

    [Fact]
    public void Bind_TemplateAndData_AreNotChanged()
    {
        var template = Newtonsoft.Json.Linq.JToken.Parse("""{ "x": [{ "$data": "${items}", "v": "${$data}" }] }""");
        var data = Newtonsoft.Json.Linq.JToken.Parse("""{ "items": [{ "a": 1 }] }""");
        var templateBefore = template.DeepClone();
        var dataBefore = data.DeepClone();

        var bound = TemplateBinder.Bind(template, data);
        bound.Content["x"]![0]!["v"]!["a"] = 2;

        Assert.True(Newtonsoft.Json.Linq.JToken.DeepEquals(templateBefore, template));
        Assert.True(Newtonsoft.Json.Linq.JToken.DeepEquals(dataBefore, data));
    }

    [Fact]
    public void Bind_UnsupportedFunction_ThrowsTemplateSyntaxException()
    {
        Assert.Throws<TemplateSyntaxException>(() => BinderAssert.Bind("""{ "v": "${toUpper(s)}" }""", """{ "s": "hi" }"""));
    }

    [Fact]
    public void Bind_WholeStringThatFailsToEvaluate_ThrowsTemplateBindingException()
    {
        Assert.Throws<TemplateBindingException>(() => BinderAssert.Bind("""{ "v": "${count(n)}" }""", """{ "n": 5 }"""));
    }
}
