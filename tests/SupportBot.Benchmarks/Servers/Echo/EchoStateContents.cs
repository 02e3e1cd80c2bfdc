using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Benchmarks.Measurements;

namespace SupportBot.Benchmarks.Servers.Echo;

/// <summary>
/// The dictionary MemoryStorage keeps its items in, handed to it at construction so the benchmark can
/// weigh what it holds. Read it only when no turn is running: MemoryStorage's lock is private.
/// </summary>
public sealed class EchoStateContents
{
    private const string ConversationKeyPart = "/conversations/";
    private const string UserKeyPart = "/users/";

    public Dictionary<string, JObject> Items { get; } = new(StringComparer.Ordinal);

    public StateFootprint Measure()
    {
        var conversationRows = 0;
        var conversationBytes = 0L;
        var userRows = 0;
        var userBytes = 0L;
        foreach (var (key, document) in Items.ToList())
        {
            var bytes = Encoding.UTF8.GetByteCount(document.ToString(Formatting.None));
            if (key.Contains(ConversationKeyPart, StringComparison.Ordinal))
            {
                conversationRows++;
                conversationBytes += bytes;
            }
            else if (key.Contains(UserKeyPart, StringComparison.Ordinal))
            {
                userRows++;
                userBytes += bytes;
            }
        }

        return new StateFootprint(conversationRows, conversationBytes, userRows, userBytes);
    }
}
