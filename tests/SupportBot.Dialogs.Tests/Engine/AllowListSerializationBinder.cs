using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SupportBot.Dialogs.Tests.Engine;

/// <summary>
/// A copy, for tests, of the host's storage binder: TypeNameHandling.All may only name types (and generic
/// arguments) from these assemblies.
/// </summary>
internal sealed class AllowListSerializationBinder : ISerializationBinder
{
    private static readonly string[] AllowedAssemblyPrefixes =
        ["SupportBot", "System.Private.CoreLib", "System.Collections", "Microsoft.Bot.", "Newtonsoft.Json"];

    private readonly DefaultSerializationBinder _inner = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        var type = _inner.BindToType(assemblyName, typeName);
        EnsureAllowed(type);
        return type;
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        EnsureAllowed(serializedType);
        _inner.BindToName(serializedType, out assemblyName, out typeName);
    }

    private static void EnsureAllowed(Type type)
    {
        var assembly = type.Assembly.GetName().Name ?? string.Empty;
        if (!AllowedAssemblyPrefixes.Any(prefix => assembly.StartsWith(prefix, StringComparison.Ordinal)))
        {
            throw new JsonSerializationException($"{type.FullName} from {assembly} may not be stored in bot state.");
        }

        foreach (var argument in type.IsArray ? [type.GetElementType()!] : type.GetGenericArguments())
        {
            EnsureAllowed(argument);
        }
    }
}
