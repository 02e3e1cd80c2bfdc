using System.Text.Json.Serialization;

namespace SupportBot.DirectLine;

/// <summary>
/// Direct Line's <c>Conversation</c>: what tokens/generate, tokens/refresh, starting and reconnecting answer.
/// There is no <c>streamUrl</c>: this endpoint has no WebSocket stream, so clients poll.
/// </summary>
public sealed record DirectLineConversationBody(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
