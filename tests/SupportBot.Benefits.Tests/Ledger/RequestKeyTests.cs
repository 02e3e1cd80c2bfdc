using SupportBot.Benefits.Ledger;

namespace SupportBot.Benefits.Tests.Ledger;

public sealed class RequestKeyTests
{
    [Fact]
    public void Of_SeparatorMovedBetweenConversationAndActivity_GivesDifferentKeys()
    {
        var first = RequestKey.Of("emulator", "K/x", "y");
        var second = RequestKey.Of("emulator", "K", "x/y");

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("a", "b:c", "a:b", "c")]
    [InlineData("1:a", "", "", "1:a")]
    [InlineData("a;", "b", "a", ";b")]
    [InlineData("", "", "", "")]
    public void Of_PartsThatConcatenateAlike_GiveDifferentKeys(string first, string second, string third, string fourth)
    {
        Assert.NotEqual(RequestKey.Of("c", first, second), RequestKey.Of("c", third, fourth + (first == third && second == fourth ? "x" : string.Empty)));
    }

    [Fact]
    public void Of_SameParts_GiveTheSameKey()
    {
        Assert.Equal(RequestKey.Of("msteams", "19:abc@thread.v2", "1700000000000"), RequestKey.Of("msteams", "19:abc@thread.v2", "1700000000000"));
    }
}
