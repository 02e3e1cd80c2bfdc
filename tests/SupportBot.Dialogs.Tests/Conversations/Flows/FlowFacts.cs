using Microsoft.Bot.Schema;
using static SupportBot.Dialogs.Tests.Conversations.Replies;

namespace SupportBot.Dialogs.Tests.Conversations.Flows;

/// <summary>Assertions on what a user sees, with the facts of a theory row written as "fact|fact|fact".</summary>
internal static class FlowFacts
{
    /// <summary>The reply's text, its cards' text and its suggested buttons.</summary>
    public static string Visible(IActivity reply) => Everything(reply) + "\n" + string.Join("\n", SuggestedActions(reply));

    /// <summary>A card button press, from a client in <paramref name="locale"/> (a real channel always sends one).</summary>
    public static Activity Pressed(string reply, string locale = "en-US")
    {
        var activity = Engine.Submit.Reply(reply);
        activity.Locale = locale;
        return activity;
    }

    public static void AssertAll(string seen, string facts)
    {
        foreach (var fact in facts.Split('|'))
        {
            Assert.Contains(fact, seen, StringComparison.Ordinal);
        }
    }
}
