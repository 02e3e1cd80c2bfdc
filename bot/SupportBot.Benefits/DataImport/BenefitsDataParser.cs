using System.Globalization;
using System.Text.Json;
using SupportBot.Benefits.Entitlements;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.DataImport;

/// <summary>
/// Turns a data file (DATA-FORMAT.md) into domain records, collecting every problem rather than stopping
/// at the first. Checks that need the database (ids already taken) live in <see cref="ExistingDataChecks"/>.
/// </summary>
internal static class BenefitsDataParser
{
    public static ParseOutcome Parse(string json, DateTimeOffset now)
    {
        var problems = new List<DataProblem>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            // The parser's own message may quote the text around the error; a line number is enough and quotes no secret.
            var line = exception.LineNumber + 1;
            problems.Add(new DataProblem(exception.Path ?? "$", $"is not valid JSON near position {exception.BytePositionInLine + 1} of the line", line));
            return new ParseOutcome(null, problems, []);
        }

        using (document)
        {
            var fields = new JsonFields(problems, now);
            var data = ReadRoot(fields, document.RootElement);
            return new ParseOutcome(problems.Count == 0 ? data : null, problems, [.. fields.Identifiers]);
        }
    }

    private static BenefitsData ReadRoot(JsonFields fields, JsonElement root)
    {
        if (!fields.IsObject(root, "$", "$schema", "description", "entitlementTables", "partners"))
        {
            return new BenefitsData([], []);
        }

        var tables = fields.Array(root, "entitlementTables", "$", required: false)
            .Select(item => ReadTable(fields, item.Item, item.Path))
            .OfType<EntitlementTable>()
            .ToList();
        var partners = fields.Array(root, "partners", "$", required: true)
            .Select(item => ReadPartner(fields, item.Item, item.Path))
            .OfType<PartnerData>()
            .ToList();
        return new BenefitsData(tables, partners);
    }

    private static EntitlementTable? ReadTable(JsonFields fields, JsonElement element, string path)
    {
        if (!fields.IsObject(element, path, "effectiveFrom", "description", "rows"))
        {
            return null;
        }

        var effectiveFrom = fields.Date(element, "effectiveFrom", path, required: true);
        fields.Unique(UniqueKey.EntitlementTable, effectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"{path}.effectiveFrom");
        var rows = fields.Array(element, "rows", path, required: true)
            .Select(item => (Row: ReadRow(fields, item.Item, item.Path), item.Path))
            .ToList();
        var seen = new HashSet<(MembershipOffer, CompetencyScope, SupportBenefit)>();
        foreach (var (row, rowPath) in rows)
        {
            if (row is not null && !seen.Add((row.Offer, row.Competencies, row.Benefit)))
            {
                fields.Problem(rowPath, $"repeats the row for {row.Offer}, {row.Competencies} competencies, {row.Benefit}");
            }
        }

        return effectiveFrom is { } day ? new EntitlementTable(day, [.. rows.Select(row => row.Row).OfType<EntitlementRow>()]) : null;
    }

    private static EntitlementRow? ReadRow(JsonFields fields, JsonElement element, string path)
    {
        if (!fields.IsObject(element, path, "offer", "competencies", "benefit", "allowance", "packName"))
        {
            return null;
        }

        var offer = fields.Enum<MembershipOffer>(element, "offer", path, required: true);
        var competencies = fields.Enum<CompetencyScope>(element, "competencies", path, required: true);
        var benefit = fields.Enum<SupportBenefit>(element, "benefit", path, required: true);
        var allowance = AllowanceField.Read(fields, element, path, allowNone: true);
        var packName = fields.String(element, "packName", path, required: false);
        return offer is { } o && competencies is { } c && benefit is { } b && allowance is { } a
            ? new EntitlementRow(o, c, b, a, packName)
            : null;
    }

    private static PartnerData? ReadPartner(JsonFields fields, JsonElement element, string path)
    {
        if (!fields.IsObject(element, path, "id", "name", "activatedAt", "memberships", "accounts", "contracts"))
        {
            return null;
        }

        var id = fields.String(element, "id", path, required: true);
        fields.Unique(UniqueKey.PartnerId, id, $"{path}.id");
        var name = fields.String(element, "name", path, required: true);
        var activatedAt = fields.Instant(element, "activatedAt", path, required: false);
        var memberships = fields.Array(element, "memberships", path, required: false)
            .Select(item => ReadMembership(fields, item.Item, item.Path))
            .OfType<Membership>()
            .ToList();
        var accounts = fields.Array(element, "accounts", path, required: false)
            .Select(item => ReadAccount(fields, item.Item, item.Path, id ?? string.Empty))
            .OfType<Account>()
            .ToList();
        var signInNames = accounts.Select(account => account.SignInName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var contractItems = fields.Array(element, "contracts", path, required: false).ToList();
        var contracts = contractItems
            .Select(item => ContractReader.Read(fields, item.Item, item.Path, id ?? string.Empty, signInNames))
            .OfType<ContractData>()
            .ToList();

        if (contractItems.Count > 0 && !JsonFields.TryGet(element, "activatedAt", out _))
        {
            fields.Problem($"{path}.activatedAt", "is required when the partner has contracts: contracts exist only after activation");
        }

        return id is null || name is null ? null : new PartnerData(new Partner(id, name, memberships, activatedAt), accounts, contracts);
    }

    private static Membership? ReadMembership(JsonFields fields, JsonElement element, string path)
    {
        if (!fields.IsObject(element, path, "offer", "competency", "active"))
        {
            return null;
        }

        var offer = fields.Enum<MembershipOffer>(element, "offer", path, required: true);
        var competency = fields.String(element, "competency", path, required: false);
        var active = fields.Boolean(element, "active", path, required: false) ?? true;
        if (offer == MembershipOffer.ActionPack && competency is not null)
        {
            fields.Problem($"{path}.competency", "must be left out for ActionPack, which has no competency");
        }
        else if (offer is MembershipOffer.Silver or MembershipOffer.Gold && competency is null)
        {
            fields.Problem($"{path}.competency", $"is required for {offer}");
        }

        return offer is { } o ? new Membership(o, competency, active) : null;
    }

    private static Account? ReadAccount(JsonFields fields, JsonElement element, string path, string partnerId)
    {
        if (!fields.IsObject(element, path, "signInName", "displayName", "roles", "association", "entra"))
        {
            return null;
        }

        var signInName = fields.String(element, "signInName", path, required: true);
        if (signInName is not null && (signInName.IndexOf('@', StringComparison.Ordinal) <= 0 || signInName.Contains(' ', StringComparison.Ordinal)))
        {
            fields.Problem($"{path}.signInName", $"'{signInName}' is not a sign-in name such as someone@company.example");
            signInName = null;
        }

        fields.Unique(UniqueKey.SignInName, signInName, $"{path}.signInName");

        var displayName = fields.String(element, "displayName", path, required: true);
        var association = fields.Enum<Association>(element, "association", path, required: true);
        var roles = AccountRoles.None;
        foreach (var (role, rolePath) in fields.Array(element, "roles", path, required: true))
        {
            var parsed = role.ValueKind == JsonValueKind.String ? fields.ParseEnum<AccountRoles>(role.GetString()!, rolePath) : null;
            if (role.ValueKind != JsonValueKind.String)
            {
                fields.Problem(rolePath, "must be a role name");
            }
            else if (parsed == AccountRoles.None)
            {
                fields.Problem(rolePath, "leave the list empty for an account with no admin role");
            }

            roles |= parsed ?? AccountRoles.None;
        }

        var entra = ReadEntra(fields, element, path);
        return signInName is null || displayName is null || association is null
            ? null
            : new Account(signInName, displayName, roles, association.Value, partnerId, entra);
    }

    private static EntraIdentity? ReadEntra(JsonFields fields, JsonElement element, string path)
    {
        if (!JsonFields.TryGet(element, "entra", out var entra))
        {
            return null;
        }

        var entraPath = $"{path}.entra";
        if (!fields.IsObject(entra, entraPath, "tenantId", "objectId"))
        {
            return null;
        }

        var tenant = fields.Guid(entra, "tenantId", entraPath, required: true);
        var objectId = fields.Guid(entra, "objectId", entraPath, required: true);
        if (tenant is not { } t || objectId is not { } o)
        {
            return null;
        }

        fields.Unique(UniqueKey.EntraIdentity, $"{t:D}/{o:D}", entraPath);
        return new EntraIdentity(t, o);
    }
}
