namespace SupportBot.Benefits.Model;

public enum SupportScope
{
    OnPremises,
    Cloud,
}
