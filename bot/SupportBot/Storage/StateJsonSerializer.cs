using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SupportBot.Storage;

/// <summary>
/// The JSON settings bot state is stored with. Dialog state holds objects typed only as <c>object</c>
/// (step options, prompt state), so type names are kept, as the Bot Framework storages do; the binder
/// refuses every type outside our own and the framework's assemblies, so a tampered database row cannot
/// make the deserializer construct an arbitrary type.
/// </summary>
public static class StateJsonSerializer
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        NullValueHandling = NullValueHandling.Include,
        ContractResolver = new DefaultContractResolver(),
        SerializationBinder = new AllowedAssembliesBinder(),
        MaxDepth = 64,
    };

    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(Settings);

    private sealed class AllowedAssembliesBinder : ISerializationBinder
    {
        private static readonly string[] AllowedAssemblyPrefixes =
        [
            "SupportBot",
            "System.Private.CoreLib",
            "System.Collections",
            "Microsoft.Bot.",
            "Newtonsoft.Json",
        ];

        private readonly DefaultSerializationBinder _inner = new();

        public Type BindToType(string? assemblyName, string typeName)
        {
            if (assemblyName is null || !AllowedAssemblyPrefixes.Any(prefix => assemblyName.StartsWith(prefix, StringComparison.Ordinal)))
            {
                throw new JsonSerializationException($"Type '{typeName}' from assembly '{assemblyName}' is not allowed in bot state.");
            }

            return _inner.BindToType(assemblyName, typeName);
        }

        public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
            => _inner.BindToName(serializedType, out assemblyName, out typeName);
    }
}
