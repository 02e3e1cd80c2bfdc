using Microsoft.Bot.Schema;

namespace SupportBot.Tests.Support;

/// <summary>The turns of "get support > on-premises > log it here", for tests that need a conversation at one of its prompts.</summary>
public static class IncidentSteps
{
    /// <summary>Walks to "Shall I log it here too?" (after get support, on-premises).</summary>
    public static async Task ToLogQuestionAsync(BotClient client)
    {
        await client.SendTextAsync("get support");
        await client.SendTextAsync("on-premises");
    }

    /// <summary>Walks to the severity prompt; the last step books.</summary>
    public static async Task ToSeverityPromptAsync(BotClient client, string product = "Windows Server 2022", string title = "Backup job fails every night")
    {
        await ToLogQuestionAsync(client);
        await client.SendTextAsync("yes");
        await client.SendTextAsync(product);
        await client.SendTextAsync(title);
    }

    /// <summary>A message activity with a fixed id, to post more than once.</summary>
    public static Activity Message(BotClient client, string text, string? id = null)
    {
        var activity = client.NewActivity(ActivityTypes.Message);
        activity.Text = text;
        activity.Id = id ?? activity.Id;
        return activity;
    }
}
