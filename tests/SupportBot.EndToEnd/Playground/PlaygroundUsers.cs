namespace SupportBot.EndToEnd.Playground;

/// <summary>
/// The Teams tenant and people the playground plays, written into its <c>.m365agentsplayground.yml</c>. The tenant
/// and the Entra object ids are the sample data's (Fabrikam), so the bot finds their accounts as it would in Teams.
/// The playground's config needs exactly five users besides the current one; the last four are unknown to the data.
/// </summary>
internal static class PlaygroundUsers
{
    public const string FabrikamTenant = "2c394fb9-26d9-5a7d-bc1e-1829c7e52e9e";
    public const string BotId = "28:supportbot";
    public const string PersonalChat = "a:personal-gold-admin";
    public const string GroupChat = "19:fabrikam-support@thread.v2";
    public const string GroupChatName = "Fabrikam support group";
    public const string Team = "19:fabrikam-general@thread.tacv2";
    public const string Channel = "19:fabrikam-support@thread.tacv2";
    public const string ChannelName = "Support";

    /// <summary>gold.admin@fabrikam.example, a Global admin: the playground's own user, who types in the page.</summary>
    public static PlaygroundUser GoldAdmin { get; } = new("29:gold-admin", "Alex Gold", "gold.admin@fabrikam.example", "1c50c7a3-61bd-54bf-8670-6524ac3b5b53");

    /// <summary>gold.engineer@fabrikam.example, a member of the group chat who writes through the playground's custom activities.</summary>
    public static PlaygroundUser GoldEngineer { get; } = new("29:gold-engineer", "Sam Engineer", "gold.engineer@fabrikam.example", "0e138216-768f-5e99-953b-7c51a59ecedc");

    public static string ConfigYaml()
    {
        var others = Enumerable.Range(1, 4).Select(index => new PlaygroundUser(
            $"29:colleague-{index}", $"Colleague {index}", $"colleague{index}@fabrikam.example", $"00000000-0000-0000-0000-00000000002{index}"));
        var users = string.Concat(new[] { GoldEngineer }.Concat(others).Select(user => $"  - {user.Yaml("    ")}\n"));
        return $"""
            version: "0.1.1"
            tenantId: {FabrikamTenant}
            bot:
              id: "{BotId}"
              name: SupportBot
            currentUser:
              {GoldAdmin.Yaml("  ")}
            users:
            {users.TrimEnd('\n')}
            personalChat:
              id: "{PersonalChat}"
            groupChat:
              id: "{GroupChat}"
              name: {GroupChatName}
            team:
              id: "{Team}"
              name: Fabrikam
              aadGroupId: 5d0c2b1e-3f4a-4b5c-8d6e-7f8091a2b3c4
              channels:
                - id: "{Channel}"
                  name: {ChannelName}

            """;
    }
}

internal sealed record PlaygroundUser(string Id, string Name, string SignInName, string AadObjectId)
{
    /// <summary>The user as the YAML mapping the playground's config expects, every value a quoted string.</summary>
    public string Yaml(string indent) => string.Join(
        "\n" + indent,
        $"id: \"{Id}\"",
        $"name: \"{Name}\"",
        $"userPrincipleName: \"{SignInName}\"",
        $"aadObjectId: \"{AadObjectId}\"",
        $"givenName: \"{Name.Split(' ')[0]}\"",
        $"surname: \"{Name.Split(' ')[1]}\"",
        $"email: \"{SignInName}\"");
}
