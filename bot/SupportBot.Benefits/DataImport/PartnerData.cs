using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.DataImport;

internal sealed record PartnerData(Partner Partner, IReadOnlyList<Account> Accounts, IReadOnlyList<ContractData> Contracts);
