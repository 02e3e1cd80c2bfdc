namespace SupportBot.Benefits.Model;

public static class SecretMask
{
    private const int VisibleCharacters = 4;
    private const string Dots = "••••••••";

    /// <summary>"••••••••7F3A": only the last four characters stay visible.</summary>
    public static string Mask(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return Dots;
        }

        return secret.Length <= VisibleCharacters ? Dots : Dots + secret[^VisibleCharacters..];
    }
}
