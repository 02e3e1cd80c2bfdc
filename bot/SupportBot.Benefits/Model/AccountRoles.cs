namespace SupportBot.Benefits.Model;

[Flags]
public enum AccountRoles
{
    None = 0,
    GlobalAdmin = 1,
    MpnPartnerAdmin = 2,
    AdminAgent = 4,
}
