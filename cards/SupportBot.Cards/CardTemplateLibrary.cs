using System.Collections.Concurrent;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Cards;

/// <summary>Loads each template once from this assembly's embedded resources, by its explicit logical name.</summary>
internal sealed class CardTemplateLibrary
{
    private readonly ConcurrentDictionary<CardTemplate, JObject> _loaded = new();

    /// <summary>The library every <see cref="CardFactory"/> shares, so each template is read once per process.</summary>
    public static CardTemplateLibrary Shared { get; } = new();

    /// <summary>The parsed template; callers must not change it (the binder only reads it).</summary>
    public JObject Get(CardTemplate template) => _loaded.GetOrAdd(template, Load);

    public static string ResourceName(CardTemplate template) => template switch
    {
        CardTemplate.Menu => "SupportBot.Cards.Templates.MenuCard.json",
        CardTemplate.Contract => "SupportBot.Cards.Templates.ContractCard.json",
        CardTemplate.Eligibility => "SupportBot.Cards.Templates.EligibilityCard.json",
        CardTemplate.IncidentConfirmation => "SupportBot.Cards.Templates.IncidentConfirmationCard.json",
        CardTemplate.SupportPlans => "SupportBot.Cards.Templates.SupportPlansCard.json",
        CardTemplate.Activation => "SupportBot.Cards.Templates.ActivationCard.json",
        CardTemplate.Prompt => "SupportBot.Cards.Templates.PromptCard.json",
        CardTemplate.NextSteps => "SupportBot.Cards.Templates.NextStepsCard.json",
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, "No such card template."),
    };

    private static JObject Load(CardTemplate template)
    {
        var name = ResourceName(template);
        using var stream = typeof(CardTemplateLibrary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The card template resource '{name}' is not embedded.");
        using var reader = new JsonTextReader(new StreamReader(stream))
        {
            // Keep dates and numbers exactly as written: the template is layout, not data.
            DateParseHandling = DateParseHandling.None,
        };
        return JObject.Load(reader);
    }
}
