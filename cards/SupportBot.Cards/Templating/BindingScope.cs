using Newtonsoft.Json.Linq;

namespace SupportBot.Cards.Templating;

/// <summary>What <c>$root</c>, <c>$data</c> and <c>$index</c> mean at one place in the template.</summary>
internal sealed record BindingScope(JToken Root, JToken Data, int? Index)
{
    public static BindingScope ForRoot(JToken root) => new(root, root, null);
}
