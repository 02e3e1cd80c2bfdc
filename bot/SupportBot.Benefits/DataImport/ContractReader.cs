using System.Text.Json;
using SupportBot.Benefits.Entitlements;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.DataImport;

internal static class ContractReader
{
    /// <summary>Shorter IDs would leave too little hidden once the last four characters are shown.</summary>
    private const int MinimumSecretLength = 8;

    public static ContractData? Read(JsonFields fields, JsonElement element, string path, string partnerId, IReadOnlySet<string> signInNames)
    {
        if (!fields.IsObject(element, path, "key", "benefit", "packName", "accessId", "contractId", "allowance", "used", "startsOn", "endsOn", "links", "incidents"))
        {
            return null;
        }

        var key = fields.String(element, "key", path, required: true);
        fields.Unique(UniqueKey.ContractKey, key, $"{path}.key");
        var benefit = fields.Enum<SupportBenefit>(element, "benefit", path, required: true);
        var packName = fields.String(element, "packName", path, required: false);
        var accessId = fields.String(element, "accessId", path, required: true, MinimumSecretLength);
        var contractId = fields.String(element, "contractId", path, required: true, MinimumSecretLength);
        var allowance = AllowanceField.Read(fields, element, path, allowNone: false);
        var used = fields.Integer(element, "used", path, required: false, minimum: 0) ?? 0;
        var startsOn = fields.Date(element, "startsOn", path, required: true);
        var endsOn = fields.Date(element, "endsOn", path, required: true);

        if (allowance is { Kind: AllowanceKind.Count } limited && used > limited.Count)
        {
            fields.Problem($"{path}.used", $"is {used} but the allowance is only {limited.Count}");
        }

        if (startsOn is { } start && endsOn is { } end && end < start)
        {
            fields.Problem($"{path}.endsOn", "is before startsOn");
        }

        var links = fields.Array(element, "links", path, required: false)
            .Select(item => ReadLink(fields, item.Item, item.Path, key ?? string.Empty, benefit, signInNames))
            .OfType<ContractLink>()
            .ToList();
        var incidentItems = fields.Array(element, "incidents", path, required: false).ToList();
        var incidents = incidentItems
            .Select(item => ReadIncident(fields, item.Item, item.Path, key ?? string.Empty, benefit, signInNames))
            .OfType<Incident>()
            .ToList();
        if (incidentItems.Count > used)
        {
            fields.Problem($"{path}.incidents", $"lists {incidentItems.Count} incidents but used is {used}; used counts every incident, including older ones not listed");
        }

        if (key is null || benefit is null || accessId is null || contractId is null || allowance is null || startsOn is null || endsOn is null)
        {
            return null;
        }

        var contract = new Contract(
            key,
            partnerId,
            benefit.Value,
            packName,
            new SupportSecret(accessId),
            new SupportSecret(contractId),
            allowance.Value.Kind == AllowanceKind.Unlimited ? null : allowance.Value.Count,
            used,
            startsOn.Value,
            endsOn.Value);
        return new ContractData(contract, links, incidents);
    }

    private static ContractLink? ReadLink(
        JsonFields fields,
        JsonElement element,
        string path,
        string contractKey,
        SupportBenefit? benefit,
        IReadOnlySet<string> signInNames)
    {
        if (!fields.IsObject(element, path, "signInName", "portal", "linkedAt"))
        {
            return null;
        }

        var signInName = AccountOfPartner(fields, element, path, signInNames);
        var portal = fields.Enum<SupportPortal>(element, "portal", path, required: false) ?? benefit?.Portal();
        var linkedAt = fields.Instant(element, "linkedAt", path, required: true);
        return signInName is null || portal is null || linkedAt is null
            ? null
            : new ContractLink(contractKey, signInName, portal.Value, linkedAt.Value);
    }

    private static Incident? ReadIncident(
        JsonFields fields,
        JsonElement element,
        string path,
        string contractKey,
        SupportBenefit? benefit,
        IReadOnlySet<string> signInNames)
    {
        if (!fields.IsObject(element, path, "signInName", "product", "title", "severity", "openedAt", "activityId"))
        {
            return null;
        }

        var signInName = AccountOfPartner(fields, element, path, signInNames);
        var product = fields.String(element, "product", path, required: true);
        var title = fields.String(element, "title", path, required: true);
        var severity = fields.Enum<IncidentSeverity>(element, "severity", path, required: true);
        var openedAt = fields.Instant(element, "openedAt", path, required: true);
        var activityId = fields.String(element, "activityId", path, required: false);
        fields.Unique(UniqueKey.ActivityId, activityId, $"{path}.activityId");
        return signInName is null || product is null || title is null || severity is null || openedAt is null || benefit is null
            ? null
            : new Incident(0, contractKey, signInName, benefit.Value.Scope(), product, title, severity.Value, openedAt.Value, activityId);
    }

    private static string? AccountOfPartner(JsonFields fields, JsonElement element, string path, IReadOnlySet<string> signInNames)
    {
        var signInName = fields.String(element, "signInName", path, required: true);
        if (signInName is not null && !signInNames.Contains(signInName))
        {
            fields.Problem($"{path}.signInName", $"'{signInName}' is not one of this partner's accounts");
            return null;
        }

        return signInName;
    }
}
