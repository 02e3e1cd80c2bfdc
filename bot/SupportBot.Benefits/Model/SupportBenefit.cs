namespace SupportBot.Benefits.Model;

public enum SupportBenefit
{
    /// <summary>Microsoft Product Support: recent on-premises products, Support for Business portal.</summary>
    ProductSupport,

    /// <summary>Signature Cloud Support: cloud products only, Azure portal.</summary>
    SignatureCloudSupport,
}
