using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Routing;

public interface ISupportRoutingService
{
    Task<SupportRoutingFacts> GetRoutesAsync(Account account, CancellationToken cancellationToken = default);
}
