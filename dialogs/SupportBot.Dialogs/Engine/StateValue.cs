namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Keeps the runtime type of values the engine stores as <see cref="object"/>. Newtonsoft.Json writes no type
/// for primitives even with TypeNameHandling.All, so an int comes back as a long and a decimal as a double;
/// a value wrapped in a <see cref="BoxedValue{T}"/> comes back as what it was.
/// </summary>
internal static class StateValue
{
    public static object? Box(object? value)
    {
        if (value is null or IBoxedValue)
        {
            return value;
        }

        var box = Activator.CreateInstance(typeof(BoxedValue<>).MakeGenericType(value.GetType()))!;
        box.GetType().GetProperty(nameof(BoxedValue<object>.Value))!.SetValue(box, value);
        return box;
    }

    public static object? Unbox(object? stored) => stored is IBoxedValue box ? box.Content : stored;

    /// <summary>Reads an int the engine stored, whatever integer type JSON turned it into.</summary>
    public static int ReadInt(IDictionary<string, object> state, string key)
        => state.TryGetValue(key, out var value) ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
}
