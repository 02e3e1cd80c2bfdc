using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SupportBot.Dialogs.Engine;

/// <summary>Deep copies of activities, so sending one never changes the copy kept in state.</summary>
internal static class ActivityCopy
{
    public static Activity Of(Activity activity) => JObject.FromObject(activity).ToObject<Activity>()!;
}
