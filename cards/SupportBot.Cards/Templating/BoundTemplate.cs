using Newtonsoft.Json.Linq;

namespace SupportBot.Cards.Templating;

/// <summary>The result of binding: the JSON, and the paths the data did not supply (each left as <c>${path}</c>).</summary>
internal sealed record BoundTemplate(JToken Content, IReadOnlyList<string> MissingPaths);
