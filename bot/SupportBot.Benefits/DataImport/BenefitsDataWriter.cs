using Microsoft.Data.Sqlite;
using SupportBot.Benefits.Entitlements;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Storage;

namespace SupportBot.Benefits.DataImport;

/// <summary>Writes validated data; the caller owns the transaction, so a failure leaves nothing behind.</summary>
internal static class BenefitsDataWriter
{
    public static async Task<ImportResult.Imported> WriteAsync(SqliteConnection connection, BenefitsData data, CancellationToken cancellationToken)
    {
        foreach (var table in data.EntitlementTables)
        {
            await WriteTableAsync(connection, table, cancellationToken);
        }

        foreach (var partner in data.Partners)
        {
            await WritePartnerAsync(connection, partner, cancellationToken);
        }

        var contracts = data.Partners.SelectMany(partner => partner.Contracts).ToList();
        return new ImportResult.Imported(
            data.Partners.Count,
            data.Partners.Sum(partner => partner.Accounts.Count),
            contracts.Count,
            contracts.Sum(contract => contract.Incidents.Count));
    }

    private static async Task WriteTableAsync(SqliteConnection connection, EntitlementTable table, CancellationToken cancellationToken)
    {
        foreach (var row in table.Rows)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO benefits_entitlement_rows (effective_from, offer, competencies, benefit, allowance_kind, allowance_count, pack_name)
                VALUES ($from, $offer, $competencies, $benefit, $kind, $count, $pack)
                """,
                cancellationToken,
                ("$from", SqliteValues.ToDb(table.EffectiveFrom)),
                ("$offer", row.Offer.ToString()),
                ("$competencies", row.Competencies.ToString()),
                ("$benefit", row.Benefit.ToString()),
                ("$kind", row.Allowance.Kind.ToString()),
                ("$count", row.Allowance.Count),
                ("$pack", row.PackName));
        }
    }

    private static async Task WritePartnerAsync(SqliteConnection connection, PartnerData data, CancellationToken cancellationToken)
    {
        var partner = data.Partner;
        await connection.ExecuteAsync(
            "INSERT INTO benefits_partners (id, name, activated_at) VALUES ($id, $name, $activated)",
            cancellationToken,
            ("$id", partner.Id),
            ("$name", partner.Name),
            ("$activated", SqliteValues.ToDb(partner.ActivatedAt)));
        foreach (var membership in partner.Memberships)
        {
            await connection.ExecuteAsync(
                "INSERT INTO benefits_memberships (partner_id, offer, competency, is_active) VALUES ($partner, $offer, $competency, $active)",
                cancellationToken,
                ("$partner", partner.Id),
                ("$offer", membership.Offer.ToString()),
                ("$competency", membership.Competency),
                ("$active", membership.IsActive ? 1 : 0));
        }

        foreach (var account in data.Accounts)
        {
            await WriteAccountAsync(connection, account, cancellationToken);
        }

        foreach (var contract in data.Contracts)
        {
            await WriteContractAsync(connection, contract, cancellationToken);
        }
    }

    private static async Task WriteAccountAsync(SqliteConnection connection, Account account, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(
            """
            INSERT INTO benefits_accounts (sign_in_name, display_name, roles, association, partner_id, entra_tenant_id, entra_object_id)
            VALUES ($name, $display, $roles, $association, $partner, $tenant, $object)
            """,
            cancellationToken,
            ("$name", account.SignInName),
            ("$display", account.DisplayName),
            ("$roles", (int)account.Roles),
            ("$association", account.Association.ToString()),
            ("$partner", account.PartnerId),
            ("$tenant", account.Entra?.TenantId.ToString("D")),
            ("$object", account.Entra?.ObjectId.ToString("D")));

    private static async Task WriteContractAsync(SqliteConnection connection, ContractData data, CancellationToken cancellationToken)
    {
        var contract = data.Contract;
        await connection.ExecuteAsync(
            """
            INSERT INTO benefits_contracts (key, partner_id, benefit, pack_name, access_id, contract_id, allowance, used, starts_on, ends_on)
            VALUES ($key, $partner, $benefit, $pack, $access, $contractId, $allowance, $used, $starts, $ends)
            """,
            cancellationToken,
            ("$key", contract.Key),
            ("$partner", contract.PartnerId),
            ("$benefit", contract.Benefit.ToString()),
            ("$pack", contract.PackName),
            ("$access", contract.AccessId.Reveal()),
            ("$contractId", contract.ContractId.Reveal()),
            ("$allowance", contract.Allowance),
            ("$used", contract.Used),
            ("$starts", SqliteValues.ToDb(contract.StartsOn)),
            ("$ends", SqliteValues.ToDb(contract.EndsOn)));
        foreach (var link in data.Links)
        {
            await connection.ExecuteAsync(
                "INSERT INTO benefits_contract_links (contract_key, sign_in_name, portal, linked_at) VALUES ($contract, $name, $portal, $at)",
                cancellationToken,
                ("$contract", link.ContractKey),
                ("$name", link.SignInName),
                ("$portal", link.Portal.ToString()),
                ("$at", SqliteValues.ToDb(link.LinkedAt)));
        }

        // Oldest first, so incident ids follow the order the incidents were opened.
        foreach (var incident in data.Incidents.OrderBy(incident => incident.OpenedAt))
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO benefits_incidents (contract_key, sign_in_name, scope, product, title, severity, opened_at, activity_id)
                VALUES ($contract, $name, $scope, $product, $title, $severity, $opened, $activity)
                """,
                cancellationToken,
                ("$contract", incident.ContractKey),
                ("$name", incident.SignInName),
                ("$scope", incident.Scope.ToString()),
                ("$product", incident.Product),
                ("$title", incident.Title),
                ("$severity", incident.Severity.ToString()),
                ("$opened", SqliteValues.ToDb(incident.OpenedAt)),
                ("$activity", incident.ActivityId));
        }
    }
}
