using System.ComponentModel.DataAnnotations;

namespace SupportBot.DirectLine;

/// <summary>
/// The <c>SupportBot:DirectLine</c> configuration section: the secret a support site's backend uses to
/// mint tokens, token lifetime, the in-memory limits (conversations, activities, bytes) and the origins allowed
/// to call from a browser.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "SupportBot:DirectLine";

    /// <summary>
    /// The Direct Line secret. Required outside Development; in Development, with none set, tokens are signed
    /// with a random per-process key and the support page may start conversations without one.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a token lives, in seconds (Direct Line's <c>expires_in</c>).</summary>
    [Range(60, 24 * 60 * 60)]
    public int TokenLifetimeSeconds { get; set; } = 30 * 60;

    /// <summary>Activities kept per conversation; older ones are dropped, the watermark keeps counting.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Conversations kept in memory; past this, the one idle the longest is forgotten.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1000;

    /// <summary>
    /// Bytes of history (activities as JSON) all conversations together may keep in memory. Past it, the
    /// conversation idle the longest is forgotten first. The default, 64 MiB, keeps the whole process well inside
    /// a 512 MB App Service plan (tests/SupportBot.Benchmarks measures it: <c>--directline-memory</c>).
    /// </summary>
    [Range(typeof(long), "1048576", "17179869184")]
    public long MaxHistoryBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Most activities returned by one GET of a conversation's activities; the client pages with the watermark.</summary>
    [Range(1, 10_000)]
    public int MaxActivitiesPerPage { get; set; } = 100;

    /// <summary>Browser origins allowed to call the Direct Line routes outside Development (any origin in Development).</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
