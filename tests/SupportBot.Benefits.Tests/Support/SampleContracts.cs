namespace SupportBot.Benefits.Tests.Support;

internal static class SampleContracts
{
    public const string FabrikamProductSupport = "fabrikam-product-support";
    public const string FabrikamSignature = "fabrikam-signature-cloud";
    public const string TailspinProductSupport = "tailspin-product-support";
    public const string TailspinSignature5Pack = "tailspin-signature-5pack";
    public const string WingtipProductSupport = "wingtip-product-support";
    public const string ContosoProductSupport = "contoso-product-support";
}
