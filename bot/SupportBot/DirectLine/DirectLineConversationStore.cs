using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SupportBot.DirectLine;

/// <summary>
/// The conversations in memory. When full, the conversation idle the longest is forgotten; its token may
/// then start it afresh. One process only: conversations do not survive a restart or reach other instances.
/// </summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _evictionGate = new();

    public int Count => _conversations.Count;

    public DirectLineConversation? Find(string conversationId)
    {
        if (_conversations.TryGetValue(conversationId, out var conversation))
        {
            conversation.Touch(time.GetUtcNow());
            return conversation;
        }

        return null;
    }

    /// <summary>Adds the conversation unless one with its id exists; true when it was added.</summary>
    public bool TryAdd(string conversationId, string userId, string? userName, out DirectLineConversation conversation)
    {
        var limits = options.Value;
        var created = new DirectLineConversation(conversationId, userId, userName, limits.MaxActivitiesPerConversation, time.GetUtcNow());
        lock (_evictionGate)
        {
            if (_conversations.TryGetValue(conversationId, out var existing))
            {
                conversation = existing;
                return false;
            }

            while (_conversations.Count >= limits.MaxConversations)
            {
                if (!EvictIdlest())
                {
                    break;
                }
            }

            _conversations[conversationId] = created;
            conversation = created;
            return true;
        }
    }

    private bool EvictIdlest()
    {
        var idlest = _conversations.Values.MinBy(conversation => conversation.LastUsed);
        return idlest is not null && _conversations.TryRemove(idlest.Id, out _);
    }
}
