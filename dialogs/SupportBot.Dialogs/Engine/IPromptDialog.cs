namespace SupportBot.Dialogs.Engine;

/// <summary>Lets the engine read a waiting prompt's options without knowing its value type.</summary>
internal interface IPromptDialog
{
    PromptOptions? GetOptions(DialogInstance instance);
}
