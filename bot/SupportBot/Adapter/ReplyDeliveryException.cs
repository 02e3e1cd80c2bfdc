namespace SupportBot.Adapter;

/// <summary>
/// The bot's replies could not be handed to the channel's connector (its <c>serviceUrl</c> refused, timed out
/// or answered an error). The activity was received; only the delivery failed.
/// </summary>
public sealed class ReplyDeliveryException : Exception
{
    public ReplyDeliveryException()
    {
    }

    public ReplyDeliveryException(string message)
        : base(message)
    {
    }

    public ReplyDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? ServiceUrl { get; private init; }

    public static ReplyDeliveryException To(string? serviceUrl, Exception innerException)
        => new($"Replies could not be delivered to {serviceUrl}.", innerException) { ServiceUrl = serviceUrl };
}
