namespace SupportBot.Benefits.Model;

public enum Association
{
    Mpn,
    CspOnly,
}
