using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("  Hayır, TEŞEKKÜRLER! ", "hayir tesekkurler")]
    [InlineData("İSTANBUL ığdır", "istanbul igdir")]
    [InlineData("Şişli Çarşı Göğüs Üzüm", "sisli carsi gogus uzum")]
    [InlineData("On-premises   support...", "on premises support")]
    [InlineData("Café", "cafe")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("?!", "")]
    public void Normalize_Text_LowerCaseWithoutDiacriticsOrPunctuation(string? text, string expected)
        => Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void Fold_TextWithPunctuationAndEmoji_KeepsThem()
        => Assert.Equal("evet 👍, tamam!", TextNormalizer.Fold("EVET 👍, Tamam!"));

    [Fact]
    public void Tokenize_Sentence_ReturnsNormalizedWords()
        => Assert.Equal(["turkce", "destek", "2"], TextNormalizer.Tokenize("Türkçe destek (2)"));

    [Fact]
    public void Tokenize_Blank_ReturnsNoWords()
        => Assert.Empty(TextNormalizer.Tokenize("  "));

    [Theory]
    [InlineData("Türkçe", "turkce", true)]
    [InlineData("hayır", "HAYIR", true)]
    [InlineData("evet", "hayir", false)]
    public void AreEquivalent_TwoTexts_ComparesNormalizedForms(string left, string right, bool expected)
        => Assert.Equal(expected, TextNormalizer.AreEquivalent(left, right));
}
