namespace SupportBot.Benefits.Model;

public static class SupportBenefitExtensions
{
    public static SupportScope Scope(this SupportBenefit benefit) =>
        benefit == SupportBenefit.ProductSupport ? SupportScope.OnPremises : SupportScope.Cloud;

    public static SupportPortal Portal(this SupportBenefit benefit) =>
        benefit == SupportBenefit.ProductSupport ? SupportPortal.SupportForBusiness : SupportPortal.Azure;
}
