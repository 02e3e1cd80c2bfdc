using Newtonsoft.Json.Linq;
using SupportBot.Cards.Templating;

namespace SupportBot.Cards.Tests.Templating;

internal static class BinderAssert
{
    public static BoundTemplate Bind(string template, string data) =>
        TemplateBinder.Bind(JToken.Parse(template), JToken.Parse(data));

    public static void BindsTo(string template, string data, string expected)
    {
        var bound = Bind(template, data);
        Assert.True(
            JToken.DeepEquals(JToken.Parse(expected), bound.Content),
            $"Expected {JToken.Parse(expected).ToString(Newtonsoft.Json.Formatting.None)} but bound {bound.Content.ToString(Newtonsoft.Json.Formatting.None)}");
    }
}
