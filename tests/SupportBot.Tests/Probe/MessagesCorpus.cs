using System.Text;
using Newtonsoft.Json.Linq;

namespace SupportBot.Tests.Probe;

/// <summary>
/// Hostile requests to <c>/api/messages</c>: bodies that are not JSON or not activities, every field of a message
/// with the wrong JSON type or missing, huge and deeply nested bodies, odd Unicode, hostile ids, every activity
/// type, invokes, tampered card submits and forged tokens.
/// </summary>
public static partial class MessagesCorpus
{
    private const string Path = "/api/messages";

    private static readonly string[] Fields =
    [
        "type", "id", "channelId", "serviceUrl", "conversation", "from", "recipient", "text", "value", "entities",
        "attachments", "channelData", "membersAdded", "membersRemoved", "locale", "timestamp", "localTimestamp",
        "deliveryMode", "name", "replyToId", "textFormat", "inputHint", "suggestedActions", "callerId", "relatesTo",
        "speak", "importance", "expiration", "action", "label",
    ];

    private static readonly JToken[] WrongTypes = [123, true, new JArray(), new JObject()];

    public static IEnumerable<ProbeRequest> For(ProbeTarget target)
        => RawBodies(target)
            .Concat(WrongFieldTypes(target))
            .Concat(MissingFields(target))
            .Concat(SizeAndDepth(target))
            .Concat(OddUnicode(target))
            .Concat(HostileIds(target))
            .Concat(EveryActivityType(target))
            .Concat(Invokes(target))
            .Concat(TamperedSubmits(target))
            .Concat(ForgedTokens(target));

    private static ProbeRequest Activity(ProbeTarget target, string name, JObject activity)
        => ProbeRequest.Post(name, Path, activity, target.ChannelAuthorization(activity));

    private static IEnumerable<ProbeRequest> RawBodies(ProbeTarget target)
    {
        string[] bodies =
        [
            string.Empty, " ", "null", "true", "1", "\"message\"", "[]", "[{}]", "{}", "{", "}", "{\"type\":",
            "{\"type\":\"message\",}", "{'type':'message'}", "{\"type\":\"message\"} trailing", "{\"type\":\"message\" /* comment */}",
            "{\"type\":\"message\",\"type\":\"invoke\"}", "{\"timestamp\":1e999}", "\uFEFF{\"type\":\"message\"}", "NaN",
        ];
        foreach (var (body, index) in bodies.Select((body, index) => (body, index)))
        {
            yield return ProbeRequest.Post($"raw body {index}", Path, body, target.ChannelAuthorization(ProbeTarget.Message()));
        }

        yield return new ProbeRequest("invalid UTF-8", HttpMethod.Post, Path, [0x7B, 0xFF, 0xFE, 0x22, 0x7D]);
        yield return new ProbeRequest("UTF-16 body", HttpMethod.Post, Path, Encoding.Unicode.GetBytes(ProbeTarget.Message().ToString()));
        yield return new ProbeRequest("NUL bytes", HttpMethod.Post, Path, new byte[64]);
        yield return new ProbeRequest("form body", HttpMethod.Post, Path, Encoding.UTF8.GetBytes("type=message&text=hi"), ContentType: "application/x-www-form-urlencoded");
        yield return new ProbeRequest("no body", HttpMethod.Post, Path, null);
    }

    private static IEnumerable<ProbeRequest> WrongFieldTypes(ProbeTarget target)
    {
        foreach (var field in Fields)
        {
            foreach (var wrong in WrongTypes)
            {
                var activity = ProbeTarget.Message();
                activity[field] = wrong.DeepClone();
                yield return Activity(target, $"{field} = {wrong.Type}", activity);
            }
        }

        foreach (var (parent, child) in new[] { ("conversation", "id"), ("from", "id"), ("recipient", "id"), ("from", "aadObjectId"), ("conversation", "tenantId") })
        {
            foreach (var wrong in WrongTypes)
            {
                var activity = ProbeTarget.Message();
                activity[parent]![child] = wrong.DeepClone();
                yield return Activity(target, $"{parent}.{child} = {wrong.Type}", activity);
            }
        }
    }

    private static IEnumerable<ProbeRequest> MissingFields(ProbeTarget target)
    {
        foreach (var field in new[] { "type", "id", "channelId", "serviceUrl", "conversation", "from", "recipient", "text", "deliveryMode" })
        {
            var activity = ProbeTarget.Message();
            activity.Remove(field);
            yield return Activity(target, $"without {field}", activity);
            var nulled = ProbeTarget.Message();
            nulled[field] = JValue.CreateNull();
            yield return Activity(target, $"{field} = null", nulled);
        }
    }

    private static IEnumerable<ProbeRequest> SizeAndDepth(ProbeTarget target)
    {
        var oversize = ProbeTarget.Message(new string('x', 300 * 1024));
        yield return Activity(target, "300 KB text", oversize);
        var justUnder = ProbeTarget.Message(new string('y', 200 * 1024));
        yield return Activity(target, "200 KB text", justUnder);
        yield return ProbeRequest.Post("nested 100 deep", Path, Nest(ProbeTarget.Message(), 100), target.ChannelAuthorization(ProbeTarget.Message()));
        yield return ProbeRequest.Post("nested 60000 deep", Path, new string('[', 60000) + new string(']', 60000), target.ChannelAuthorization(ProbeTarget.Message()));
        var entities = ProbeTarget.Message();
        entities["entities"] = new JArray(Enumerable.Range(0, 3000).Select(index => new JObject { ["type"] = "mention", ["mentioned"] = new JObject { ["id"] = $"u{index}" }, ["text"] = "x" }));
        yield return Activity(target, "3000 mentions", entities);
        var attachments = ProbeTarget.Message();
        attachments["attachments"] = new JArray(Enumerable.Range(0, 2000).Select(_ => new JObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = new JObject() }));
        yield return Activity(target, "2000 attachments", attachments);
        var longNumber = ProbeTarget.Message().ToString(Newtonsoft.Json.Formatting.None);
        yield return ProbeRequest.Post("5000-digit number", Path, longNumber[..^1] + ",\"value\":{\"n\":" + new string('9', 5000) + "}}", target.ChannelAuthorization(ProbeTarget.Message()));
    }

    private static string Nest(JObject activity, int depth)
    {
        var text = activity.ToString(Newtonsoft.Json.Formatting.None);
        return text[..^1] + ",\"channelData\":" + string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth) + "}";
    }

    private static IEnumerable<ProbeRequest> OddUnicode(ProbeTarget target)
    {
        string[] texts =
        [
            "\ud800", "\udfff\ud800", "a\u0000b", "\u202egnirts desrever", "\u200b\u200c\u200d\u2060", string.Concat(Enumerable.Repeat("\U0001F600", 5000)),
            "e\u0301\u0301\u0301\u0301\u0301\u0301", "\uFFFE\uFFFF", "<at>SupportBot</at>", "<script>alert(1)</script>", "${{7*7}}", "%s%s%s%n",
        ];
        foreach (var (text, index) in texts.Select((text, index) => (text, index)))
        {
            yield return Activity(target, $"odd text {index}", ProbeTarget.Message(text));
        }

        foreach (var locale in new[] { "\u0000", "en-US\u0000", "xx-invalid-!!", new string('a', 1000), "tr-TR-u-ca-islamic", "\ud800" })
        {
            var activity = ProbeTarget.Message();
            activity["locale"] = locale;
            yield return Activity(target, $"locale {Printable(locale)}", activity);
        }
    }

    private static IEnumerable<ProbeRequest> HostileIds(ProbeTarget target)
    {
        string[] ids =
        [
            "../../etc/passwd", "' OR 1=1 --", "%00", "a\r\nSet-Cookie: x=1", new string('k', 10_000), "K/x", "\u0000", "emulator/conversations/x",
            "19:abc@thread.v2;messageid=1", " ",
        ];
        foreach (var (id, index) in ids.Select((id, index) => (id, index)))
        {
            var conversation = ProbeTarget.Message();
            conversation["conversation"]!["id"] = id;
            yield return Activity(target, $"conversation id {index}", conversation);
            var from = ProbeTarget.Message();
            from["from"]!["id"] = id;
            yield return Activity(target, $"from id {index}", from);
            var activityId = ProbeTarget.Message();
            activityId["id"] = id;
            yield return Activity(target, $"activity id {index}", activityId);
        }

        var redelivered = ProbeTarget.Message();
        yield return Activity(target, "delivered", redelivered);
        yield return Activity(target, "redelivered", redelivered);
    }

    private static string Printable(string text) => text.Length > 12 ? text[..12] + "…" : text.Replace("\u0000", "\\0", StringComparison.Ordinal);
}
