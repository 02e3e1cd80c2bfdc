namespace SupportBot.Cards;

/// <summary>
/// The main menu: a title, an intro and one button per flow (check eligibility, activate benefits, get
/// support, incidents left and contract details, the "Access ID is already associated" error, paid plans).
/// </summary>
public sealed record MenuCardData(string Title, string Intro, IReadOnlyList<SubmitButton> Items) : ICardData
{
    public static CardTemplate Template => CardTemplate.Menu;
}
