using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

public class NumberPromptTests
{
    private static DialogTestHost Host<T>(string culture)
        where T : struct
    {
        var root = Steps.SinglePrompt(new NumberPrompt<T>("number"), () => Steps.Ask("How many?", retry: "A number, please."));
        return new DialogTestHost(root) { Culture = System.Globalization.CultureInfo.GetCultureInfo(culture) };
    }

    [Theory]
    [InlineData("en-US", "15", 15)]
    [InlineData("en-US", "fifteen", 15)]
    [InlineData("en-US", "I need twenty-one", 21)]
    [InlineData("en-US", "-3", -3)]
    [InlineData("tr-TR", "on beş", 15)]
    [InlineData("tr-TR", "on bes", 15)]
    [InlineData("tr-TR", "ON BEŞ", 15)]
    [InlineData("tr-TR", "yirmi üç olay", 23)]
    [InlineData("tr-TR", "dort", 4)]
    [InlineData("tr-TR", "15", 15)]
    public async Task NumberPrompt_NumberInUiLanguage_ReturnsIt(string culture, string answer, int expected)
    {
        await Host<int>(culture).Flow()
            .Send("hi").AssertReply("How many?")
            .Send(answer).AssertReply($"[Complete] {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "on beş")]
    [InlineData("tr-TR", "fifteen")]
    [InlineData("en-US", "many")]
    [InlineData("en-US", "1.5")]
    public async Task NumberPrompt_NoIntegerInUiLanguage_SendsRetryPrompt(string culture, string answer)
    {
        await Host<int>(culture).Flow()
            .Send("hi").AssertReply("How many?")
            .Send(answer).AssertReply("A number, please.")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "1.5", "1.5")]
    [InlineData("tr-TR", "1,5", "1.5")]
    [InlineData("tr-TR", "iki buçuk", "2.5")]
    public async Task NumberPrompt_DecimalInUiLanguage_ReturnsDecimal(string culture, string answer, string expected)
    {
        await Host<decimal>(culture).Flow()
            .Send("hi").AssertReply("How many?")
            .Send(answer).AssertReply($"[Complete] {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task NumberPrompt_CardSubmitWithReply_AnswersAsTyped()
    {
        await Host<long>("en-US").Flow()
            .Send("hi").AssertReply("How many?")
            .Send(Submit.Reply("2")).AssertReply("[Complete] 2")
            .StartTestAsync();
    }

    [Fact]
    public async Task NumberPrompt_DoubleRequested_ReturnsDouble()
    {
        await Host<double>("en-US").Flow()
            .Send("hi").AssertReply("How many?")
            .Send("two and a half").AssertReply("[Complete] 2.5")
            .StartTestAsync();
    }

    [Fact]
    public void NumberPrompt_UnsupportedType_Throws()
        => Assert.Throws<NotSupportedException>(() => new NumberPrompt<byte>("number"));
}
