using Microsoft.Data.Sqlite;

namespace SupportBot.Benchmarks.Measurements;

/// <summary>
/// Weighs the bot state SupportBot wrote: opens its database read-only (while the server still runs,
/// so rows still in the write-ahead log are seen) and sums the documents' bytes.
/// </summary>
public static class SqliteStateFootprint
{
    // The Bot Framework's storage keys: ConversationState is "{channel}/conversations/{id}", UserState "{channel}/users/{id}".
    private const string Query =
        """
        SELECT
            coalesce(sum(instr(key, '/conversations/') > 0), 0),
            coalesce(sum(CASE WHEN instr(key, '/conversations/') > 0 THEN length(CAST(document AS BLOB)) END), 0),
            coalesce(sum(instr(key, '/users/') > 0), 0),
            coalesce(sum(CASE WHEN instr(key, '/users/') > 0 THEN length(CAST(document AS BLOB)) END), 0)
        FROM bot_state;
        """;

    public static StateFootprint Measure(string databasePath)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            // No pooling: the file must be closed when this returns, so its folder can be deleted.
            Pooling = false,
        }.ToString();

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Query;
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StateFootprint(reader.GetInt32(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetInt64(3));
    }
}
