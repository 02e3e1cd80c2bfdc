namespace SupportBot.Benefits.Model;

public sealed record Account(
    string SignInName,
    string DisplayName,
    AccountRoles Roles,
    Association Association,
    string PartnerId,
    EntraIdentity? Entra)
{
    /// <summary>Only Global admins and MPN partner admins may view and activate technical benefits.</summary>
    public bool CanActivate => (Roles & (AccountRoles.GlobalAdmin | AccountRoles.MpnPartnerAdmin)) != 0;

    public bool IsAdminAgent => Roles.HasFlag(AccountRoles.AdminAgent);

    public bool IsMpnAssociated => Association == Association.Mpn;
}
