using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Advice;

public interface IAccessIdAdvisor
{
    Task<AccessIdAdvice> AdviseAsync(Account account, AccessIdAnswers? answers = null, CancellationToken cancellationToken = default);
}
