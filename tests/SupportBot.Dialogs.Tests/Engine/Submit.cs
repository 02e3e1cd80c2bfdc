using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SupportBot.Dialogs.Tests.Engine;

/// <summary>Activities an Adaptive Card's Action.Submit sends: no text, the card's data as Value.</summary>
internal static class Submit
{
    public static Activity Data(string json) => new() { Type = ActivityTypes.Message, Value = JObject.Parse(json) };

    public static Activity Reply(string reply) => new() { Type = ActivityTypes.Message, Value = new JObject { ["reply"] = reply } };
}
