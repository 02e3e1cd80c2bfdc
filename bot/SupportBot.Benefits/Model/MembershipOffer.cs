namespace SupportBot.Benefits.Model;

public enum MembershipOffer
{
    ActionPack,
    Silver,
    Gold,
}
