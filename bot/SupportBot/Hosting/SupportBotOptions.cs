using System.ComponentModel.DataAnnotations;
using SupportBot.DirectLine;

namespace SupportBot.Hosting;

/// <summary>The <c>SupportBot</c> configuration section.</summary>
public sealed class SupportBotOptions
{
    public const string SectionName = "SupportBot";

    /// <summary>Folder of the SQLite database (bot state and benefits data); relative paths start at the content root.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    /// <summary>Largest request body accepted on <c>/api/messages</c> and for a Direct Line activity; larger bodies get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Serve the Bot Framework endpoint <c>/api/messages</c> (Teams, Azure Web Chat, the Emulator). Outside Development
    /// it needs <c>MicrosoftAppId</c>, so every request carries a Bot Connector token; a site that uses only the
    /// support page turns it off (then it answers 404 and only Direct Line serves).
    /// </summary>
    public bool MessagesEndpointEnabled { get; set; } = true;

    /// <summary>Load the sample partners (DOMAIN.md) into an empty store on first run.</summary>
    public bool LoadSampleData { get; set; } = true;

    /// <summary>Optional JSON file of partners, accounts, contracts and incidents to load (format: bot/SupportBot.Benefits/DATA-FORMAT.md).</summary>
    public string? DataFile { get; set; }

    /// <summary>The bot's own Direct Line 3.0 endpoint under <c>/v3/directline</c> (section <c>SupportBot:DirectLine</c>).</summary>
    public DirectLineOptions DirectLine { get; set; } = new();
}
