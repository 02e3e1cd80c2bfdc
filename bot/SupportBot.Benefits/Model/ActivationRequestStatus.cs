namespace SupportBot.Benefits.Model;

public enum ActivationRequestStatus
{
    Pending,
    Completed,
}
