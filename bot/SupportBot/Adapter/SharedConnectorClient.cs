using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace SupportBot.Adapter;

/// <summary>
/// A connector client shared by many turns. The adapter disposes the client it gets at the end of every
/// turn; this wrapper ignores that, and the cache that owns the real client disposes it.
/// </summary>
internal sealed class SharedConnectorClient(IConnectorClient inner) : IConnectorClient
{
    public IConnectorClient Inner { get; } = inner;

    public Uri BaseUri
    {
        get => Inner.BaseUri;
        set => Inner.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => Inner.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => Inner.DeserializationSettings;

    public ServiceClientCredentials Credentials => Inner.Credentials;

    public IAttachments Attachments => Inner.Attachments;

    public IConversations Conversations => Inner.Conversations;

    public void Dispose()
    {
        // Owned by the cache, not by the turn.
    }
}
