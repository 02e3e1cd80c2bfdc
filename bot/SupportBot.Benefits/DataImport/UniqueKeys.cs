namespace SupportBot.Benefits.DataImport;

internal static class UniqueKeys
{
    public static string Describe(UniqueKey kind) => kind switch
    {
        UniqueKey.PartnerId => "partner id",
        UniqueKey.SignInName => "sign-in name",
        UniqueKey.EntraIdentity => "Entra tenant and object id",
        UniqueKey.ContractKey => "contract key",
        UniqueKey.ActivityId => "activity id",
        _ => "entitlement table date",
    };

    /// <summary>Sign-in names and Entra ids compare without case, as the directory looks them up.</summary>
    public static bool IgnoresCase(UniqueKey kind) => kind is UniqueKey.SignInName or UniqueKey.EntraIdentity;
}
