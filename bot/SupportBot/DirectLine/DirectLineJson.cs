using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;

namespace SupportBot.DirectLine;

/// <summary>
/// Activities as the Direct Line endpoint keeps and serves them: UTF-8 JSON written by the Bot Framework's own
/// serializer, so they read exactly as on <c>/api/messages</c>.
/// </summary>
public static class DirectLineJson
{
    public static byte[] Serialize(Activity activity)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        HttpHelper.BotMessageSerializer.Serialize(text, activity);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>An ActivitySet, <c>{"activities":[...],"watermark":"N"}</c>, from activities already serialized.</summary>
    public static byte[] ActivitySet(IReadOnlyList<byte[]> activities, long watermark)
    {
        using var body = new MemoryStream();
        body.Write("{\"activities\":["u8);
        for (var index = 0; index < activities.Count; index++)
        {
            if (index > 0)
            {
                body.WriteByte((byte)',');
            }

            body.Write(activities[index]);
        }

        body.Write("],\"watermark\":\""u8);
        body.Write(Encoding.UTF8.GetBytes(watermark.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        body.Write("\"}"u8);
        return body.ToArray();
    }
}
