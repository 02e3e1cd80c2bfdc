using SupportBot.Tests.Support;

namespace SupportBot.Tests.Http;

public sealed class LanguagePersistenceTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task TurkishChoice_HostRestarted_BotStillAnswersInTurkish()
    {
        var conversationId = Guid.NewGuid().ToString("N");
        await using (var first = new BotHost(_data.Path))
        {
            var client = first.CreateBotClient();
            client.ConversationId = conversationId;
            var switched = await client.SendTextAsync("Türkçe");
            Assert.Contains("Türkçe devam ediyorum", switched.AllText, StringComparison.Ordinal);
        }

        await using var second = new BotHost(_data.Path);
        var again = second.CreateBotClient();
        again.Locale = "en-US";

        var reply = await again.SendTextAsync("menu");

        Assert.Contains("Uygunluğu kontrol et", reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TurkishLocale_NoSavedChoice_AnswersInTurkish()
    {
        await using var host = new BotHost(_data.Path);
        var client = host.CreateBotClient();
        client.Locale = "tr-TR";
        client.UserId = "new.user@adatum.example";

        var reply = await client.SendTextAsync("yardim");

        Assert.Contains("teknik destek avantajlarınız", reply.AllText, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
