using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Probe;

/// <summary>
/// Hostile requests to <c>/api/messages</c>: bodies that are not JSON or not activities, every field of a message
/// with the wrong JSON type or missing, huge and deeply nested bodies, odd Unicode, hostile ids, every activity
/// type, invokes, tampered card submits and forged tokens.
/// </summary>
public static class MessagesCorpus
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

    private static IEnumerable<ProbeRequest> EveryActivityType(ProbeTarget target)
    {
        string[] types =
        [
            "message", "conversationUpdate", "contactRelationUpdate", "typing", "endOfConversation", "event", "invoke",
            "installationUpdate", "messageUpdate", "messageDelete", "messageReaction", "suggestion", "trace", "handoff",
            "command", "commandResult", "deleteUserData", "unknownType",
        ];
        foreach (var type in types)
        {
            var activity = ProbeTarget.Message();
            activity["type"] = type;
            yield return Activity(target, $"type {type}", activity);
            var normal = ProbeTarget.Message();
            normal["type"] = type;
            normal.Remove("deliveryMode");
            yield return Activity(target, $"type {type} without expectReplies", normal);
        }

        var joined = ProbeTarget.Message();
        joined["type"] = "conversationUpdate";
        joined["membersAdded"] = new JArray(JValue.CreateNull(), new JObject());
        yield return Activity(target, "membersAdded with null", joined);
        foreach (var channelData in new JToken[] { new JObject { ["tenant"] = "not-an-object", ["team"] = 5 }, 5, "x", new JArray(1), true })
        {
            var teams = ProbeTarget.Message();
            teams["channelId"] = "msteams";
            teams["channelData"] = channelData;
            yield return Activity(target, $"Teams channelData {channelData.Type}", teams);
        }

        foreach (var type in new[] { "conversationUpdate", "event", "invoke", "typing" })
        {
            var anonymous = ProbeTarget.Message();
            anonymous["type"] = type;
            anonymous.Remove("from");
            yield return Activity(target, $"{type} without from", anonymous);
        }
        var mention = ProbeTarget.Message("<at>SupportBot</at> menu");
        mention["entities"] = new JArray(new JObject { ["type"] = "mention", ["mentioned"] = new JObject { ["id"] = "supportbot" } }, JValue.CreateNull());
        yield return Activity(target, "mention of the bot without its text, and a null entity", mention);
    }

    private static IEnumerable<ProbeRequest> Invokes(ProbeTarget target)
    {
        JToken?[] values =
        [
            null, "string", new JObject(), new JObject { ["action"] = "x" }, new JObject { ["action"] = new JObject { ["type"] = "Action.Submit" } },
            new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["data"] = new JObject { ["reply"] = "menu" } } },
            new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["data"] = "menu" } },
            new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["data"] = new JObject { ["reply"] = "log-incident", ["contractKey"] = "fabrikam-product-support" } } },
        ];
        foreach (var (value, index) in values.Select((value, index) => (value, index)))
        {
            foreach (var expectReplies in new[] { true, false })
            {
                var invoke = ProbeTarget.Message();
                invoke["type"] = "invoke";
                invoke["name"] = "adaptiveCard/action";
                invoke["value"] = value;
                if (!expectReplies)
                {
                    invoke.Remove("deliveryMode");
                }

                yield return Activity(target, $"adaptiveCard/action {index}{(expectReplies ? string.Empty : " without expectReplies")}", invoke);
            }
        }

        foreach (var name in new[] { "signin/verifyState", "composeExtension/query", "task/fetch", "config/fetch", "application/search", string.Empty })
        {
            var invoke = ProbeTarget.Message();
            invoke["type"] = "invoke";
            invoke["name"] = name;
            invoke.Remove("deliveryMode");
            yield return Activity(target, $"invoke '{name}'", invoke);
        }
    }

    private static IEnumerable<ProbeRequest> TamperedSubmits(ProbeTarget target)
    {
        JToken[] submits =
        [
            new JObject { ["reply"] = "log-incident", ["contractKey"] = "fabrikam-product-support" },
            new JObject { ["reply"] = "show-full-ids", ["contractKey"] = "tailspin-product-support" },
            new JObject { ["reply"] = "log-incident", ["contractKey"] = "../../fabrikam-product-support" },
            new JObject { ["reply"] = 123 },
            new JObject { ["reply"] = new JObject() },
            new JObject { ["contractKey"] = new JArray("fabrikam-product-support") },
            new JObject { ["reply"] = new string('r', 100_000) },
            new JObject { ["$type"] = "System.Diagnostics.Process, System.Diagnostics.Process" },
        ];
        foreach (var (submit, index) in submits.Select((submit, index) => (submit, index)))
        {
            var activity = ProbeTarget.Message();
            activity.Remove("text");
            activity["value"] = submit;
            yield return Activity(target, $"tampered submit {index}", activity);
        }
    }

    private static IEnumerable<ProbeRequest> ForgedTokens(ProbeTarget target)
    {
        var activity = ProbeTarget.Message("show full IDs");
        activity["channelId"] = "msteams";
        activity["from"]!["aadObjectId"] = "1c50c7a3-61bd-54bf-8670-6524ac3b5b53";
        activity["conversation"]!["tenantId"] = "2c394fb9-26d9-5a7d-bc1e-1829c7e52e9e";
        activity["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = "2c394fb9-26d9-5a7d-bc1e-1829c7e52e9e" } };
        if (!target.IsProduction)
        {
            // In Development the channel's identity is trusted by design (no MicrosoftAppId): forge an unknown one.
            activity["from"]!["aadObjectId"] = Guid.NewGuid().ToString();
        }

        using var forger = RSA.Create(2048);
        var serviceUrl = ProbeTarget.ServiceUrl;
        string?[] authorizations =
        [
            null, "Bearer", "Bearer ", "Bearer garbage", "Basic dXNlcjpwYXNz", "Bearer a.b.c",
            "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJhdWQiOiJ4In0.",
            ChannelTokens.Bearer(new RsaSecurityKey(forger) { KeyId = "forged" }, serviceUrl),
            ChannelTokens.Bearer(new RsaSecurityKey(forger) { KeyId = "forged" }, serviceUrl, audience: Guid.NewGuid().ToString()),
            ChannelTokens.Bearer(new RsaSecurityKey(forger) { KeyId = "forged" }, serviceUrl, expires: DateTime.UtcNow.AddHours(-1)),
            "Bearer " + new string('A', 6000),
        ];
        foreach (var (authorization, index) in authorizations.Select((authorization, index) => (authorization, index)))
        {
            yield return ProbeRequest.Post($"forged Teams identity, authorization {index}", Path, activity, authorization);
        }
    }

    private static string Printable(string text) => text.Length > 12 ? text[..12] + "…" : text.Replace("\u0000", "\\0", StringComparison.Ordinal);
}
