using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace SupportBot.DirectLine;

/// <summary>
/// The conversations in memory, bounded twice: by count (<see cref="DirectLineOptions.MaxConversations"/>) and
/// by the bytes of history they keep (<see cref="DirectLineOptions.MaxHistoryBytes"/>). Over either bound the
/// conversation idle the longest is forgotten first (its token may start it afresh); a single conversation over
/// the byte budget on its own loses its oldest activities. One process only: conversations do not survive a
/// restart or reach other instances.
/// </summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _evictionGate = new();
    private long _bytes;

    public int Count => _conversations.Count;

    /// <summary>The bytes of history kept by all conversations.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

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

            while (_conversations.Count >= limits.MaxConversations && EvictIdlest(except: null))
            {
            }

            _conversations[conversationId] = created;
            conversation = created;
            return true;
        }
    }

    /// <summary>
    /// Gives the activity the conversation's next id, keeps its JSON in the history and brings the store back
    /// under its byte budget. Called with the conversation's <see cref="DirectLineConversation.TurnLock"/> held.
    /// </summary>
    public void Append(DirectLineConversation conversation, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id = conversation.NextActivityId();
        var json = DirectLineJson.Serialize(activity);
        lock (_evictionGate)
        {
            var change = conversation.Append(json);

            // A conversation forgotten while its turn ran is counted no more; what it still appends dies with it.
            if (!IsKept(conversation))
            {
                return;
            }

            _bytes += change;
            var budget = options.Value.MaxHistoryBytes;
            while (_bytes > budget && EvictIdlest(except: conversation))
            {
            }

            while (_bytes > budget && conversation.TrimOldest() is var freed and > 0)
            {
                _bytes -= freed;
            }
        }
    }

    private bool IsKept(DirectLineConversation conversation)
        => _conversations.TryGetValue(conversation.Id, out var kept) && ReferenceEquals(kept, conversation);

    private bool EvictIdlest(DirectLineConversation? except)
    {
        var idlest = _conversations.Values.Where(candidate => !ReferenceEquals(candidate, except)).MinBy(candidate => candidate.LastUsed);
        if (idlest is null || !_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(idlest.Id, idlest)))
        {
            return false;
        }

        _bytes -= idlest.Bytes;
        return true;
    }
}
