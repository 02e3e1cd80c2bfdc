using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot;

namespace SupportBot.Tests.Bot;

/// <summary>The typing indicator: after half a second, every three seconds, only while the turn runs.</summary>
public sealed class TypingIndicatorTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _clock = new();
    private readonly TestAdapter _adapter = new(TestAdapter.CreateConversation(nameof(TypingIndicatorTests)));

    [Fact]
    public async Task Start_TeamsTurnLongerThanAMoment_SendsTypingEveryThreeSecondsUntilTheTurnEnds()
    {
        var indicator = new TypingIndicator(_clock);
        var turn = Turn("msteams", deliveryMode: null);

        await using (indicator.Start(turn))
        {
            _clock.Advance(TimeSpan.FromMilliseconds(400));
            Assert.Empty(_adapter.ActiveQueue);

            _clock.Advance(TimeSpan.FromMilliseconds(100));
            await WaitForTypingAsync(1);
            _clock.Advance(TimeSpan.FromSeconds(3));
            await WaitForTypingAsync(2);
        }

        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(2, _adapter.ActiveQueue.Count);
        Assert.All(_adapter.ActiveQueue, activity => Assert.Equal(ActivityTypes.Typing, activity.Type));
    }

    [Theory]
    [InlineData("msteams", DeliveryModes.ExpectReplies)]
    [InlineData("test", null)]
    public async Task Start_RepliesReturnedAtOnceOrChannelWithoutIndicator_SendsNothing(string channelId, string? deliveryMode)
    {
        var indicator = new TypingIndicator(_clock);

        await using (indicator.Start(Turn(channelId, deliveryMode)))
        {
            _clock.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.Empty(_adapter.ActiveQueue);
    }

    private TurnContext Turn(string channelId, string? deliveryMode)
    {
        var activity = _adapter.MakeActivity("how many incidents do I have left?");
        activity.ChannelId = channelId;
        activity.DeliveryMode = deliveryMode;
        return new TurnContext(_adapter, activity);
    }

    private async Task WaitForTypingAsync(int count)
    {
        using var timeout = new CancellationTokenSource(Deadline);
        while (_adapter.ActiveQueue.Count < count)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), timeout.Token);
        }
    }
}
