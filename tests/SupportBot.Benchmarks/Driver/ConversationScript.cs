namespace SupportBot.Benchmarks.Driver;

/// <summary>
/// The scripted conversation every benchmark conversation follows. Change it here and nowhere else.
/// SupportBot: join (welcome and menu), "menu", a menu choice that starts a flow with a prompt, then an
/// answer to that prompt. The echo and bare servers get as many turns, all plain messages.
/// </summary>
public static class ConversationScript
{
    public static IReadOnlyList<ScriptedTurn> SupportFlow { get; } =
    [
        ScriptedTurn.MembersAdded,
        ScriptedTurn.Message("menu"),
        ScriptedTurn.Message("get support"),
        ScriptedTurn.Message("on-premises"),
    ];

    /// <summary>The fallback while no flow exists yet: the same number of turns, each one showing the menu.</summary>
    public static IReadOnlyList<ScriptedTurn> MenuOnly { get; } =
    [
        ScriptedTurn.MembersAdded,
        ScriptedTurn.Message("menu"),
        ScriptedTurn.Message("menu"),
        ScriptedTurn.Message("menu"),
    ];

    public static IReadOnlyList<ScriptedTurn> PlainMessagesLike(IReadOnlyList<ScriptedTurn> script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return [.. script.Select(turn => ScriptedTurn.Message(turn.Text ?? "hello"))];
    }

    public static string Describe(IReadOnlyList<ScriptedTurn> script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return string.Join(" -> ", script);
    }
}
