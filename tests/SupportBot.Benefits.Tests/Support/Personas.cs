namespace SupportBot.Benefits.Tests.Support;

/// <summary>The sign-in names of DOMAIN.md's sample partners.</summary>
internal static class Personas
{
    public const string GoldAdmin = "gold.admin@fabrikam.example";
    public const string SilverPartnerAdmin = "silver.partneradmin@northwind.example";
    public const string SilverHybrid = "silver.hybrid@tailspin.example";
    public const string GoldExpired = "gold.expired@wingtip.example";
    public const string ActionPackAdmin = "actionpack.admin@contoso.example";
    public const string CspAgent = "csp.agent@litware.example";
    public const string NewUser = "new.user@adatum.example";
    public const string GoldEngineer = "gold.engineer@fabrikam.example";

    public static IReadOnlyList<string> All { get; } =
        [GoldAdmin, SilverPartnerAdmin, SilverHybrid, GoldExpired, ActionPackAdmin, CspAgent, NewUser, GoldEngineer];
}
