namespace SupportBot.Benefits.Tests.Support;

internal static class TestData
{
    /// <summary>A valid file: one activated partner whose contract starts next month.</summary>
    public const string FuturePartnerJson = """
        {
          "partners": [
            {
              "id": "future",
              "name": "Future Ltd",
              "activatedAt": "now-1d",
              "memberships": [ { "offer": "Gold", "competency": "Cloud Platform" } ],
              "accounts": [
                { "signInName": "admin@future.example", "displayName": "Future Admin", "roles": [ "GlobalAdmin" ], "association": "Mpn" }
              ],
              "contracts": [
                {
                  "key": "future-product-support",
                  "benefit": "ProductSupport",
                  "accessId": "FUTUREACCESS0001",
                  "contractId": "FUTURECONTRACT01",
                  "allowance": 20,
                  "startsOn": "today+1m",
                  "endsOn": "today+13m"
                }
              ]
            }
          ]
        }
        """;

    /// <summary>Every kind of mistake at once; the secret values must never show up in a problem.</summary>
    public const string BadJson = """
        {
          "partnerz": [],
          "entitlementTables": [
            { "effectiveFrom": "someday", "rows": [ { "offer": "Platinum", "competencies": "Any", "benefit": "ProductSupport", "allowance": -3 } ] }
          ],
          "partners": [
            {
              "id": "broken",
              "memberships": [ { "offer": "Gold" }, { "offer": "ActionPack", "competency": "Security" } ],
              "accounts": [
                { "signInName": "not-an-email", "displayName": "X", "roles": [ "Boss" ], "association": "Mpn" },
                { "signInName": "twice@broken.example", "displayName": "A", "roles": [], "association": "Mpn" },
                { "signInName": "TWICE@broken.example", "displayName": "B", "roles": [], "association": "Neither" }
              ],
              "contracts": [
                {
                  "key": "broken-ps",
                  "benefit": "ProductSupport",
                  "accessId": "SECRET-ACCESS-123",
                  "contractId": "short",
                  "allowance": 5,
                  "used": 7,
                  "startsOn": "today",
                  "endsOn": "today-1y",
                  "incidents": [ { "signInName": "ghost@elsewhere.example", "product": "SQL Server", "title": "t", "severity": "Z", "openedAt": "yesterday" } ]
                }
              ]
            },
            { "id": "fabrikam", "name": "Fabrikam again" }
          ]
        }
        """;

    /// <summary>The example of DATA-FORMAT.md, kept word for word.</summary>
    public const string DataFormatExampleJson = """
        {
          "partners": [
            {
              "id": "future",
              "name": "Future Ltd",
              "activatedAt": "now-1d",
              "memberships": [ { "offer": "Gold", "competency": "Cloud Platform" } ],
              "accounts": [
                { "signInName": "admin@future.example", "displayName": "Future Admin", "roles": [ "GlobalAdmin" ], "association": "Mpn" }
              ],
              "contracts": [
                {
                  "key": "future-product-support",
                  "benefit": "ProductSupport",
                  "accessId": "FUTUREACCESS0001",
                  "contractId": "FUTURECONTRACT01",
                  "allowance": 20,
                  "used": 1,
                  "startsOn": "today",
                  "endsOn": "today+1y",
                  "links": [ { "signInName": "admin@future.example", "linkedAt": "now" } ],
                  "incidents": [
                    { "signInName": "admin@future.example", "product": "SQL Server 2019", "title": "Backup job fails", "severity": "B", "openedAt": "now-2h" }
                  ]
                }
              ]
            }
          ]
        }
        """;
}
