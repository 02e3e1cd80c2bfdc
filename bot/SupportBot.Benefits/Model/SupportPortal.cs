namespace SupportBot.Benefits.Model;

public enum SupportPortal
{
    SupportForBusiness,
    Azure,
}
