namespace SupportBot.Benefits.Storage;

/// <summary>
/// The benefits tables, prefixed benefits_ because the host keeps bot state in the same file.
/// The CHECK on used and the append-only triggers keep the ledger honest even against a faulty writer.
/// </summary>
internal static class BenefitsSchema
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS benefits_partners (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            activated_at TEXT NULL
        );
        CREATE TABLE IF NOT EXISTS benefits_memberships (
            partner_id TEXT NOT NULL REFERENCES benefits_partners(id),
            offer TEXT NOT NULL,
            competency TEXT NULL,
            is_active INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS benefits_memberships_partner ON benefits_memberships(partner_id);
        CREATE TABLE IF NOT EXISTS benefits_accounts (
            sign_in_name TEXT PRIMARY KEY COLLATE NOCASE,
            display_name TEXT NOT NULL,
            roles INTEGER NOT NULL,
            association TEXT NOT NULL,
            partner_id TEXT NOT NULL REFERENCES benefits_partners(id),
            entra_tenant_id TEXT NULL COLLATE NOCASE,
            entra_object_id TEXT NULL COLLATE NOCASE
        );
        CREATE UNIQUE INDEX IF NOT EXISTS benefits_accounts_entra
            ON benefits_accounts(entra_tenant_id, entra_object_id) WHERE entra_object_id IS NOT NULL;
        CREATE TABLE IF NOT EXISTS benefits_contracts (
            key TEXT PRIMARY KEY,
            partner_id TEXT NOT NULL REFERENCES benefits_partners(id),
            benefit TEXT NOT NULL,
            pack_name TEXT NULL,
            access_id TEXT NOT NULL,
            contract_id TEXT NOT NULL,
            allowance INTEGER NULL CHECK (allowance IS NULL OR allowance > 0),
            used INTEGER NOT NULL CHECK (used >= 0 AND (allowance IS NULL OR used <= allowance)),
            starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS benefits_contracts_partner ON benefits_contracts(partner_id);
        CREATE TABLE IF NOT EXISTS benefits_contract_links (
            contract_key TEXT NOT NULL REFERENCES benefits_contracts(key),
            sign_in_name TEXT NOT NULL COLLATE NOCASE REFERENCES benefits_accounts(sign_in_name),
            portal TEXT NOT NULL,
            linked_at TEXT NOT NULL,
            PRIMARY KEY (contract_key, sign_in_name, portal)
        );
        CREATE TABLE IF NOT EXISTS benefits_incidents (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            contract_key TEXT NOT NULL REFERENCES benefits_contracts(key),
            sign_in_name TEXT NOT NULL COLLATE NOCASE,
            scope TEXT NOT NULL,
            product TEXT NOT NULL,
            title TEXT NOT NULL,
            severity TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            activity_id TEXT NULL UNIQUE
        );
        CREATE INDEX IF NOT EXISTS benefits_incidents_contract ON benefits_incidents(contract_key, id);
        CREATE TRIGGER IF NOT EXISTS benefits_incidents_no_update BEFORE UPDATE ON benefits_incidents
        BEGIN
            SELECT RAISE(ABORT, 'benefits_incidents is append-only');
        END;
        CREATE TRIGGER IF NOT EXISTS benefits_incidents_no_delete BEFORE DELETE ON benefits_incidents
        BEGIN
            SELECT RAISE(ABORT, 'benefits_incidents is append-only');
        END;
        CREATE TABLE IF NOT EXISTS benefits_activation_requests (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            partner_id TEXT NOT NULL REFERENCES benefits_partners(id),
            requested_by TEXT NOT NULL COLLATE NOCASE,
            requested_at TEXT NOT NULL,
            status TEXT NOT NULL,
            completed_at TEXT NULL
        );
        CREATE UNIQUE INDEX IF NOT EXISTS benefits_activation_one_pending
            ON benefits_activation_requests(partner_id) WHERE status = 'Pending';
        CREATE TABLE IF NOT EXISTS benefits_entitlement_rows (
            effective_from TEXT NOT NULL,
            offer TEXT NOT NULL,
            competencies TEXT NOT NULL,
            benefit TEXT NOT NULL,
            allowance_kind TEXT NOT NULL,
            allowance_count INTEGER NOT NULL,
            pack_name TEXT NULL,
            PRIMARY KEY (effective_from, offer, competencies, benefit)
        );
        CREATE TABLE IF NOT EXISTS benefits_imports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            content_sha256 TEXT NOT NULL UNIQUE,
            imported_at TEXT NOT NULL
        );
        """;

    public static async Task EnsureCreatedAsync(BenefitsDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // WAL lets readers (cards, history) run while a booking holds the write lock; the mode is stored in the file.
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        await using var transaction = await ImmediateTransaction.BeginAsync(connection, cancellationToken);
        await connection.ExecuteAsync(Ddl, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
