namespace SupportBot.Benefits.Routing;

/// <summary>The public pages the article sends people to.</summary>
public static class SupportLinks
{
    public static Uri SupportForBusinessCreate { get; } = new("https://support.serviceshub.microsoft.com/supportforbusiness/create");

    public static Uri AzureHelpAndSupport { get; } = new("https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade");

    public static Uri PartnerCenterCustomers { get; } = new("https://partner.microsoft.com/commerce/customers/list");

    public static Uri ComparePartnerSupportPlans { get; } = new("https://partner.microsoft.com/support/partnersupport");

    /// <summary>Which on-premises product versions Product Support still covers.</summary>
    public static Uri SupportedProductVersions { get; } = new("https://aka.ms/n-1");
}
