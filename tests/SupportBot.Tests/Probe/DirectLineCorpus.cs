using System.Text;
using Newtonsoft.Json.Linq;

namespace SupportBot.Tests.Probe;

/// <summary>
/// Hostile requests to the Direct Line routes: missing, malformed, foreign and misplaced credentials, watermark
/// abuse, unknown and hostile conversation ids, bodies that are not activities or too large, activity types a
/// client may not post, and methods the routes do not have.
/// </summary>
public static class DirectLineCorpus
{
    private const string Base = "/v3/directline";

    public static IEnumerable<ProbeRequest> For(ProbeTarget target)
        => Credentials(target).Concat(Watermarks(target)).Concat(ConversationIds(target)).Concat(Bodies(target)).Concat(Methods());

    private static string Activities(string conversationId) => $"{Base}/conversations/{conversationId}/activities";

    private static IEnumerable<ProbeRequest> Credentials(ProbeTarget target)
    {
        var mine = target.DirectLineConversationId;
        string?[] credentials =
        [
            null, "Bearer", "Bearer ", "Bearer garbage", "Basic " + target.DirectLineSecret, "bearer " + target.DirectLineSecret + "x",
            "Bearer " + target.OtherConversationToken, "Bearer " + target.DirectLineToken + "x", "Bearer " + target.DirectLineToken[..^5],
            "Bearer eyJhbGciOiJub25lIn0.eyJ1c2VyIjoibmV3LnVzZXJAYWRhdHVtLmV4YW1wbGUiLCJjb252IjoieCJ9.",
        ];
        foreach (var (credential, index) in credentials.Select((credential, index) => (credential, index)))
        {
            yield return new ProbeRequest($"GET activities, credential {index}", HttpMethod.Get, Activities(mine), null, credential);
            yield return ProbeRequest.Post($"POST activity, credential {index}", Activities(mine), Message(), credential);
            yield return new ProbeRequest($"reconnect, credential {index}", HttpMethod.Get, $"{Base}/conversations/{mine}", null, credential);
        }

        yield return ProbeRequest.Post("generate with a token", $"{Base}/tokens/generate", "{}", "Bearer " + target.DirectLineToken);
        yield return ProbeRequest.Post("refresh with the secret", $"{Base}/tokens/refresh", "{}", "Bearer " + target.DirectLineSecret);
        yield return ProbeRequest.Post("refresh with nothing", $"{Base}/tokens/refresh", "{}");
        yield return ProbeRequest.Post("generate with nothing", $"{Base}/tokens/generate", "{\"user\":{\"id\":\"gold.admin@fabrikam.example\"}}");
        yield return ProbeRequest.Post("start with nothing", $"{Base}/conversations", "{\"user\":{\"id\":\"gold.admin@fabrikam.example\"}}");
    }

    private static IEnumerable<ProbeRequest> Watermarks(ProbeTarget target)
    {
        string[] watermarks = ["-1", "abc", "99999999999999999999", "1e5", "%201", new string('9', 5000), "0x10", "1.5", "9223372036854775807", "%00"];
        foreach (var watermark in watermarks)
        {
            yield return new ProbeRequest(
                $"watermark {watermark[..Math.Min(12, watermark.Length)]}",
                HttpMethod.Get,
                Activities(target.DirectLineConversationId) + "?watermark=" + watermark,
                null,
                "Bearer " + target.DirectLineToken);
        }
    }

    private static IEnumerable<ProbeRequest> ConversationIds(ProbeTarget target)
    {
        string[] ids = ["unknown", "..%2F..%2Fetc%2Fpasswd", "%00", new string('c', 3000), "%E2%80%AE", "x%27%20OR%201%3D1"];
        foreach (var id in ids)
        {
            var name = $"conversation {id[..Math.Min(12, id.Length)]}";
            yield return new ProbeRequest($"GET {name}", HttpMethod.Get, Activities(id), null, "Bearer " + target.DirectLineSecret);
            yield return ProbeRequest.Post($"POST {name}", Activities(id), Message(), "Bearer " + target.DirectLineToken);
        }
    }

    private static IEnumerable<ProbeRequest> Bodies(ProbeTarget target)
    {
        var mine = Activities(target.DirectLineConversationId);
        var token = "Bearer " + target.DirectLineToken;
        string[] bodies = [string.Empty, "null", "[]", "{", "{\"type\":5}", "{\"type\":\"message\",\"text\":{}}", "{\"type\":\"message\",\"from\":\"x\"}"];
        foreach (var (body, index) in bodies.Select((body, index) => (body, index)))
        {
            yield return ProbeRequest.Post($"Direct Line body {index}", mine, body, token);
        }

        foreach (var type in new[] { "invoke", "conversationUpdate", "endOfConversation", "trace", "unknown" })
        {
            var activity = Message();
            activity["type"] = type;
            yield return ProbeRequest.Post($"Direct Line post of type {type}", mine, activity, token);
        }

        var impersonating = Message("how many incidents do I have left?");
        impersonating["from"] = new JObject { ["id"] = "gold.admin@fabrikam.example", ["role"] = "user" };
        impersonating["channelId"] = "msteams";
        impersonating["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = "2c394fb9-26d9-5a7d-bc1e-1829c7e52e9e" } };
        yield return ProbeRequest.Post("Direct Line post claiming another user", mine, impersonating, token);
        yield return ProbeRequest.Post("Direct Line 300 KB post", mine, Message(new string('x', 300 * 1024)), token);
        yield return ProbeRequest.Post("Direct Line tampered submit", mine, new JObject
        {
            ["type"] = "message",
            ["value"] = new JObject { ["reply"] = "log-incident", ["contractKey"] = "fabrikam-product-support" },
        }, token);
        yield return ProbeRequest.Post("generate with a 10 KB user id", $"{Base}/tokens/generate", new JObject { ["user"] = new JObject { ["id"] = new string('u', 10_000) } }, "Bearer " + target.DirectLineSecret);
        yield return ProbeRequest.Post("generate with a body that is not JSON", $"{Base}/tokens/generate", "user=me", "Bearer " + target.DirectLineSecret);
        yield return ProbeRequest.Post("start with an array body", $"{Base}/conversations", "[1,2]", "Bearer " + target.DirectLineSecret);
        yield return new ProbeRequest("start with a 40 KB body", HttpMethod.Post, $"{Base}/conversations", Encoding.UTF8.GetBytes(new string(' ', 40 * 1024)), "Bearer " + target.DirectLineSecret);
    }

    private static IEnumerable<ProbeRequest> Methods()
    {
        yield return new ProbeRequest("GET /api/messages", HttpMethod.Get, "/api/messages", null);
        yield return new ProbeRequest("PUT /api/messages", HttpMethod.Put, "/api/messages", Encoding.UTF8.GetBytes("{}"));
        yield return new ProbeRequest("DELETE /api/messages", HttpMethod.Delete, "/api/messages", null);
        yield return new ProbeRequest("TRACE /api/messages", HttpMethod.Trace, "/api/messages", null);
        yield return new ProbeRequest("OPTIONS Direct Line", HttpMethod.Options, $"{Base}/conversations", null);
        yield return new ProbeRequest("upload", HttpMethod.Post, $"{Base}/conversations/x/upload?userId=u", Encoding.UTF8.GetBytes("--b--"), ContentType: "multipart/form-data; boundary=b");
        yield return new ProbeRequest("DELETE a conversation", HttpMethod.Delete, $"{Base}/conversations/x", null);
        yield return new ProbeRequest("GET /healthz?x=%00", HttpMethod.Get, "/healthz?x=%00", null);
    }

    private static JObject Message(string text = "menu") => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["channelId"] = "webchat",
        ["from"] = new JObject { ["id"] = "someone", ["role"] = "user" },
    };
}
