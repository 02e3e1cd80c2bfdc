using System.Text.Json;
using SupportBot.Benefits.Entitlements;

namespace SupportBot.Benefits.DataImport;

internal static class AllowanceField
{
    /// <summary>A positive count, "unlimited", or (only where <paramref name="allowNone"/>) "none".</summary>
    public static Allowance? Read(JsonFields fields, JsonElement parent, string path, bool allowNone)
    {
        var fieldPath = $"{path}.allowance";
        if (!JsonFields.TryGet(parent, "allowance", out var value))
        {
            fields.Problem(fieldPath, "is required");
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) && count > 0)
        {
            return Allowance.Incidents(count);
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            switch (value.GetString())
            {
                case "unlimited":
                    return Allowance.Unlimited;
                case "none" when allowNone:
                    return Allowance.None;
                default:
                    break;
            }
        }

        fields.Problem(fieldPath, allowNone
            ? "must be a positive whole number, \"unlimited\" or \"none\""
            : "must be a positive whole number or \"unlimited\"");
        return null;
    }
}
