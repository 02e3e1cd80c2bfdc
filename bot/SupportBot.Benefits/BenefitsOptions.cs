namespace SupportBot.Benefits;

/// <summary>
/// Where the benefits data lives. The host passes the same SQLite database it uses for bot state:
/// either <see cref="DatabasePath"/> or a full <see cref="ConnectionString"/>.
/// </summary>
public sealed class BenefitsOptions
{
    public string? DatabasePath { get; set; }

    public string? ConnectionString { get; set; }

    /// <summary>Load the sample partners of DOMAIN.md into an empty store at start-up.</summary>
    public bool LoadSampleData { get; set; } = true;

    /// <summary>Optional JSON file in the format of DATA-FORMAT.md, imported at start-up (once per content).</summary>
    public string? ImportFile { get; set; }

    /// <summary>How long a writer waits for another writer's lock before giving up.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
