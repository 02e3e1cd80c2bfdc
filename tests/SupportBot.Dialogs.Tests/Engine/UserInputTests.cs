using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

public class UserInputTests
{
    [Fact]
    public void GetText_TypedMessage_ReturnsTrimmedText()
        => Assert.Equal("cloud", UserInput.GetText(new Activity(ActivityTypes.Message, text: "  cloud ")));

    [Fact]
    public void GetText_CardSubmitWithReply_ReturnsReply()
        => Assert.Equal("2", UserInput.GetText(Submit.Data("""{"reply":" 2 ","contractId":"C-1"}""")));

    [Fact]
    public void GetText_TextAndValue_PrefersText()
    {
        var activity = Submit.Reply("2");
        activity.Text = "typed";

        Assert.Equal("typed", UserInput.GetText(activity));
    }

    [Fact]
    public void GetText_AnonymousObjectValue_ReadsReply()
        => Assert.Equal("gold", UserInput.GetText(new Activity(ActivityTypes.Message) { Value = new { reply = "gold" } }));

    [Theory]
    [InlineData("""{"reply":2}""")]
    [InlineData("""{"answer":"2"}""")]
    [InlineData("""{"reply":null}""")]
    public void GetText_SubmitWithoutStringReply_ReturnsEmpty(string json)
        => Assert.Equal(string.Empty, UserInput.GetText(Submit.Data(json)));

    [Fact]
    public void GetText_NonMessage_ReturnsEmpty()
        => Assert.Equal(string.Empty, UserInput.GetText(new Activity(ActivityTypes.Event) { Value = new JObject { ["reply"] = "2" } }));

    [Fact]
    public void GetText_NullActivity_ReturnsEmpty()
        => Assert.Equal(string.Empty, UserInput.GetText(null));

    [Fact]
    public void GetSubmitData_ObjectValue_ReturnsAllFields()
        => Assert.Equal("C-1", (string?)UserInput.GetSubmitData(Submit.Data("""{"reply":"show","contractId":"C-1"}"""))?["contractId"]);

    [Fact]
    public void GetSubmitData_StringValue_ReturnsNull()
        => Assert.Null(UserInput.GetSubmitData(new Activity(ActivityTypes.Message) { Value = "reply" }));
}
