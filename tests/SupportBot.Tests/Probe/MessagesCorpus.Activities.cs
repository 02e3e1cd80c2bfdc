using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Probe;

/// <summary>The activities of the corpus: every type, invokes, tampered card submits and forged tokens.</summary>
public static partial class MessagesCorpus
{
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
}
