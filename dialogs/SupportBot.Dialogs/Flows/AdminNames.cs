using SupportBot.Benefits.Accounts;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// Who a user can ask for the IDs or for activation: the Global admins and MPN partner admins of their partner,
/// by display name ("Alex Gold (Fabrikam)"), or "your company's Global admin" when none is on record.
/// </summary>
public sealed class AdminNames
{
    private readonly IAccountDirectory _directory;

    public AdminNames(IAccountDirectory directory)
    {
        _directory = directory;
    }

    public async Task<string> ForPartnerAsync(string partnerId, CancellationToken cancellationToken)
    {
        var admins = await _directory.ListActivatorsAsync(partnerId, cancellationToken);
        return admins.Count == 0
            ? ContractStrings.YourAdmin
            : string.Join(ContractStrings.NamesSeparator, admins.Select(admin => admin.DisplayName));
    }
}
