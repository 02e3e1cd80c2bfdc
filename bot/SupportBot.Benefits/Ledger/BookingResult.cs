using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Ledger;

/// <summary>What a booking did. Switch over the nested cases; none of them is an error.</summary>
public abstract record BookingResult
{
    private BookingResult()
    {
    }

    /// <summary>Booked now. <see cref="Remaining"/> is null for an unlimited contract.</summary>
    public sealed record Booked(Incident Incident, int? Remaining) : BookingResult;

    /// <summary>The activity had already booked this incident; nothing new was recorded.</summary>
    public sealed record Duplicate(Incident Original, int? Remaining) : BookingResult;

    public sealed record Refused(BookingRefusal Reason) : BookingResult;
}
