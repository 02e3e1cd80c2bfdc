using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Dialogs.Flows;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Recognizers;
using SupportBot.Dialogs.State;

namespace SupportBot.Dialogs;

/// <summary>Registers the dialogs, the recognizer and the language preference.</summary>
public static class SupportDialogsServiceCollectionExtensions
{
    public static IServiceCollection AddSupportDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSupportCards();
        services.AddSingleton<IntentRecognizer>();
        services.AddSingleton<LanguagePreference>();
        services.AddSingleton<MainMenu>();
        services.AddSingleton<Introduction>();
        services.AddSingleton<SupportFlowDialog, EligibilityDialog>();
        services.AddSingleton<SupportFlowDialog, SupportPlansDialog>();
        services.AddSingleton<SupportFlowDialog, ActivationDialog>();
        services.AddSingleton<SupportFlowDialog, AccessIdErrorDialog>();
        services.AddSingleton<MainDialog>();
        services.AddSingleton<AdminNames>();
        services.AddSingleton<SupportFlowDialog, ContractDetailsDialog>();
        services.AddSingleton<SupportRouteReplies>();
        services.AddSingleton<IncidentOutcomeReplies>();
        services.AddSingleton<IncidentLoggingDialog>();
        services.AddSingleton<ContractCardLogging>();
        services.AddSingleton<SupportFlowDialog, GetSupportDialog>();
        return services;
    }
}
