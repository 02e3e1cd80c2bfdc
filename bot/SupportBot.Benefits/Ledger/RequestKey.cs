using System.Globalization;
using System.Text;

namespace SupportBot.Benefits.Ledger;

/// <summary>
/// The idempotency key of a booking (<see cref="BookingRequest.ActivityId"/>), built from the parts that name the
/// request, such as a chat's channel, conversation and activity ids. Each part is written after its length
/// (<c>7:msteams</c>), so two different lists of parts never give the same key, whatever characters the parts
/// hold: conversation <c>K/x</c> with activity <c>y</c> and conversation <c>K</c> with activity <c>x/y</c> differ.
/// </summary>
public static class RequestKey
{
    public static string Of(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var key = new StringBuilder();
        foreach (var part in parts)
        {
            ArgumentNullException.ThrowIfNull(part);
            key.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part).Append(';');
        }

        return key.ToString();
    }
}
