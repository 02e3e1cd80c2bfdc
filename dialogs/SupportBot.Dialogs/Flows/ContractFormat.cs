using SupportBot.Benefits.Model;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>How contracts, their dates and their counts read in the current UI language.</summary>
internal static class ContractFormat
{
    public static string BenefitName(Contract contract)
    {
        var benefit = contract.Benefit == SupportBenefit.ProductSupport
            ? ContractStrings.BenefitProductSupport
            : ContractStrings.BenefitSignatureCloud;
        return contract.PackName is { Length: > 0 } pack ? Format(ContractStrings.BenefitWithPack, benefit, pack) : benefit;
    }

    public static string ScopeName(SupportScope scope)
        => scope == SupportScope.OnPremises ? ContractStrings.ScopeOnPremises : ContractStrings.ScopeCloud;

    public static string Date(DateOnly date) => date.ToString(ContractStrings.DateFormat, FlowMessages.Culture);

    public static string Date(DateTimeOffset moment) => Date(DateOnly.FromDateTime(moment.UtcDateTime));

    /// <summary>"17 of 20", or "Unlimited".</summary>
    public static string Left(Contract contract)
        => contract.Remaining is { } remaining && contract.Allowance is { } allowance
            ? Format(ContractStrings.CountOfTotal, Number(remaining), Number(allowance))
            : ContractStrings.Unlimited;

    /// <summary>"3 of 20", or just "0" for an unlimited contract.</summary>
    public static string Used(Contract contract)
        => contract.Allowance is { } allowance
            ? Format(ContractStrings.CountOfTotal, Number(contract.Used), Number(allowance))
            : Number(contract.Used);

    public static string Number(int value) => value.ToString(FlowMessages.Culture);

    public static string Format(string template, params object[] arguments) => FlowMessages.Format(template, arguments);

    /// <summary>The formatted text with its first letter in upper case ("şirket içi ..." starts a sentence as "Şirket içi ...").</summary>
    public static string Sentence(string template, params object[] arguments)
    {
        var text = Format(template, arguments);
        return text.Length == 0 ? text : char.ToUpper(text[0], FlowMessages.Culture) + text[1..];
    }
}
