using Newtonsoft.Json.Linq;

namespace SupportBot.Tests.Probe;

/// <summary>
/// What the corpus needs from the host it probes: whether it is Production, the Authorization a well-behaved
/// channel would send for an activity (none in Development; a valid channel token in Production), and the probe
/// user's Direct Line credentials (its own conversation's token, another conversation's token, the secret).
/// </summary>
public sealed record ProbeTarget(
    bool IsProduction,
    Func<JObject, string?> ChannelAuthorization,
    string DirectLineSecret,
    string DirectLineToken,
    string DirectLineConversationId,
    string OtherConversationToken)
{
    /// <summary>The probe's user: a real account with no benefits, so no answer to it may carry any partner's contract.</summary>
    public const string ProbeUser = "new.user@adatum.example";
    public const string ProbeTenant = "93de6d16-bb2f-55fc-9d65-22dd589593ea";
    public const string ProbeObjectId = "81f4f1b9-3093-519c-9808-ff5fb3af80f7";
    public const string ServiceUrl = "http://127.0.0.1:1/";

    /// <summary>A well-formed message from the probe user, answered in the response (expectReplies).</summary>
    public static JObject Message(string text = "how many incidents do I have left?") => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "emulator",
        ["serviceUrl"] = ServiceUrl,
        ["deliveryMode"] = "expectReplies",
        ["locale"] = "en-US",
        ["conversation"] = new JObject { ["id"] = Guid.NewGuid().ToString("N") },
        ["from"] = new JObject { ["id"] = ProbeUser, ["name"] = "Probe" },
        ["recipient"] = new JObject { ["id"] = "supportbot", ["name"] = "SupportBot" },
        ["text"] = text,
    };
}
