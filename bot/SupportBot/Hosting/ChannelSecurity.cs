namespace SupportBot.Hosting;

/// <summary>
/// How <c>/api/messages</c> is protected, decided once at start-up. With <c>MicrosoftAppId</c> every request must
/// carry a valid Bot Connector token. Without it the endpoint would be open to anyone claiming any identity, which
/// only the Development environment allows (the Emulator and the tests); elsewhere the host refuses to start
/// unless the endpoint is turned off.
/// </summary>
public sealed record ChannelSecurity(bool IsDevelopment, bool MessagesEndpointEnabled, string? MicrosoftAppId)
{
    public const string OpenMessagesEndpointRefused =
        "/api/messages would accept unauthenticated requests: outside Development set MicrosoftAppId (and its " +
        "credentials) so every request must carry a Bot Connector token, or set SupportBot:MessagesEndpointEnabled " +
        "to false to serve only Direct Line.";

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>True when the configuration may run: an open endpoint only in Development.</summary>
    public bool IsAcceptable => IsDevelopment || !MessagesEndpointEnabled || HasAppId;
}
