namespace SupportBot.Benefits.Model;

/// <summary>A partner company with its membership offers; <see cref="ActivatedAt"/> is null until its benefits are activated.</summary>
public sealed record Partner(string Id, string Name, IReadOnlyList<Membership> Memberships, DateTimeOffset? ActivatedAt)
{
    public bool IsActivated => ActivatedAt is not null;

    public IEnumerable<Membership> ActiveMemberships => Memberships.Where(membership => membership.IsActive);

    public bool HasActiveMembership => ActiveMemberships.Any();
}
