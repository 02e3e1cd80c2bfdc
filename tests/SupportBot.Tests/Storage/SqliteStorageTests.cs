using Microsoft.Bot.Builder;
using SupportBot.Storage;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Storage;

public sealed class SqliteStorageTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly SqliteStorage _storage;

    public SqliteStorageTests()
    {
        _storage = new SqliteStorage(new SqliteDatabase(_data.Path), TimeProvider.System);
    }

    [Fact]
    public async Task Write_NewItem_ReadsBackWithAnETag()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "hello" } });

        var read = await _storage.ReadAsync(["a"]);

        var note = Assert.IsType<Note>(read["a"]);
        Assert.Equal("hello", note.Text);
        Assert.False(string.IsNullOrEmpty(note.ETag));
    }

    [Fact]
    public async Task Read_UnknownKey_ReturnsNothingForIt()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["known"] = new Note { Text = "x" } });

        var read = await _storage.ReadAsync(["unknown", "known"]);

        Assert.False(read.ContainsKey("unknown"));
        Assert.True(read.ContainsKey("known"));
    }

    [Fact]
    public async Task Update_WithCurrentETag_SucceedsAndYieldsNewETag()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v1" } });
        var first = (Note)(await _storage.ReadAsync(["a"]))["a"];

        first.Text = "v2";
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = first });
        var second = (Note)(await _storage.ReadAsync(["a"]))["a"];

        Assert.Equal("v2", second.Text);
        Assert.NotEqual(first.ETag, second.ETag);
    }

    [Fact]
    public async Task Update_WithStaleETag_ThrowsConflictAndKeepsNewerData()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v1" } });
        var stale = (Note)(await _storage.ReadAsync(["a"]))["a"];
        var fresh = (Note)(await _storage.ReadAsync(["a"]))["a"];
        fresh.Text = "fresh";
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = fresh });

        stale.Text = "stale";
        await Assert.ThrowsAsync<ETagConflictException>(() => _storage.WriteAsync(new Dictionary<string, object> { ["a"] = stale }));

        Assert.Equal("fresh", ((Note)(await _storage.ReadAsync(["a"]))["a"]).Text);
    }

    [Fact]
    public async Task Update_WithWildcardETag_OverwritesWhateverIsStored()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v1" } });
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v2" } });

        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "forced", ETag = "*" } });

        Assert.Equal("forced", ((Note)(await _storage.ReadAsync(["a"]))["a"]).Text);
    }

    [Fact]
    public async Task Update_WithoutETag_Overwrites()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v1" } });

        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v2" } });

        Assert.Equal("v2", ((Note)(await _storage.ReadAsync(["a"]))["a"]).Text);
    }

    [Fact]
    public async Task Delete_ExistingAndUnknownKeys_RemovesTheExistingOne()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v1" } });

        await _storage.DeleteAsync(["a", "never-written"]);

        Assert.Empty(await _storage.ReadAsync(["a"]));
    }

    [Theory]
    [InlineData("emulator/conversations/a b/c")]
    [InlineData("msteams/users/29:1AbC'\"; DROP TABLE bot_state;--")]
    [InlineData("webchat/conversations/ünïcødé-İş-ğ/\u00a0tab\t")]
    [InlineData("")]
    public async Task Write_KeyWithOddCharacters_ReadsBackUnderTheSameKey(string key)
    {
        await _storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "odd" } });

        var read = await _storage.ReadAsync([key]);

        Assert.Equal("odd", ((Note)read[key]).Text);
    }

    [Fact]
    public async Task Write_TwoConcurrentWritersWithTheSameStaleETag_ExactlyOneWins()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v1" } });
        var etag = ((Note)(await _storage.ReadAsync(["a"]))["a"]).ETag;

        var writers = Enumerable.Range(0, 2).Select(writer => Task.Run(async () =>
        {
            try
            {
                await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = $"writer{writer}", ETag = etag } });
                return true;
            }
            catch (ETagConflictException)
            {
                return false;
            }
        })).ToArray();
        var outcomes = await Task.WhenAll(writers);

        Assert.Single(outcomes, won => won);
        var stored = ((Note)(await _storage.ReadAsync(["a"]))["a"]).Text;
        Assert.Equal($"writer{Array.IndexOf(outcomes, true)}", stored);
    }

    [Fact]
    public async Task Data_DatabaseReopened_Survives()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "kept" } });

        var reopened = new SqliteStorage(new SqliteDatabase(_data.Path), TimeProvider.System);

        Assert.Equal("kept", ((Note)(await reopened.ReadAsync(["a"]))["a"]).Text);
    }

    [Fact]
    public async Task BotState_SavedAndReloaded_KeepsPropertyValues()
    {
        var conversationState = new ConversationState(_storage);
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter();
        var activity = Microsoft.Bot.Builder.Adapters.TestAdapter.CreateConversation("c1").GetContinuationActivity();
        var accessor = conversationState.CreateProperty<Note>("note");
        using (var turn = new TurnContext(adapter, activity))
        {
            await accessor.SetAsync(turn, new Note { Text = "across turns" });
            await conversationState.SaveChangesAsync(turn);
        }

        using var nextTurn = new TurnContext(adapter, activity);
        var note = await accessor.GetAsync(nextTurn, () => new Note());

        Assert.Equal("across turns", note.Text);
    }

    [Fact]
    public async Task Read_RowNamingAForeignType_IsRefused()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "x" } });
        using (var connection = new SqliteDatabase(_data.Path).Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE bot_state SET document = '{\"$type\":\"System.Diagnostics.Process, System.Diagnostics.Process\"}'";
            command.ExecuteNonQuery();
        }

        await Assert.ThrowsAsync<Newtonsoft.Json.JsonSerializationException>(() => _storage.ReadAsync(["a"]));
    }

    public void Dispose() => _data.Dispose();

    public sealed class Note : IStoreItem
    {
        public string Text { get; set; } = string.Empty;

        public string? ETag { get; set; }
    }
}
