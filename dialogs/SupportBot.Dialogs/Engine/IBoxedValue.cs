namespace SupportBot.Dialogs.Engine;

/// <summary>A value kept in state together with its runtime type (see <see cref="StateValue"/>).</summary>
internal interface IBoxedValue
{
    object? Content { get; }
}
