using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Benefits;
using SupportBot.Hosting;

namespace SupportBot.Dialogs.Tests.Conversations;

/// <summary>
/// The bot as the host composes it (SQLite state, the sample partners, the real dialogs and cards) on a
/// database of its own and a fixed clock, driven turn by turn with the SDK's TestAdapter.
/// </summary>
public sealed class ConversationHarness : IAsyncDisposable
{
    /// <summary>The day the sample data is loaded in every conversation test.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly string _folder;

    private ConversationHarness(WebApplication app, string folder, FakeTimeProvider clock)
    {
        _app = app;
        _folder = folder;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _app.Services;

    public IBot Bot => _app.Services.GetRequiredService<IBot>();

    public static async Task<ConversationHarness> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "supportbot-conversations", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = folder });
        builder.Configuration["SupportBot:DataFolder"] = folder;
        builder.Logging.ClearProviders();
        builder.AddSupportBot();
        var clock = new FakeTimeProvider(Today);
        builder.Services.AddSingleton<TimeProvider>(clock);

        var app = builder.Build();
        await app.Services.InitializeBenefitsAsync();
        return new ConversationHarness(app, folder, clock);
    }

    /// <summary>A new conversation with the bot as the given sample user, in the given locale.</summary>
    public TestFlow Conversation(string signInName, string locale = "en-US")
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation(Guid.NewGuid().ToString("N"), user: signInName, bot: "supportbot"))
        {
            Locale = locale,
        };
        return new TestFlow(adapter, Bot.OnTurnAsync);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder later.
        }
    }
}
