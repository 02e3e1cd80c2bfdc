using System.Collections.Concurrent;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SupportBot.Storage;

/// <summary>
/// The JSON settings bot state is stored with. Dialog state holds objects typed only as <c>object</c>
/// (step options, prompt state), so type names are kept where the declared type does not tell; the binder
/// refuses every type outside our own and the framework's assemblies, so a tampered database row cannot
/// make the deserializer construct an arbitrary type.
/// </summary>
public static class StateJsonSerializer
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        NullValueHandling = NullValueHandling.Ignore,
        ContractResolver = new DefaultContractResolver(),
        SerializationBinder = new AllowedAssembliesBinder(),
        MaxDepth = 64,
    };

    /// <summary>
    /// The stored text of a state object. Type names are written where the declared type does not say it
    /// (the root, values typed as <c>object</c>), which is all reading back needs.
    /// </summary>
    public static string Serialize(object value) => JsonConvert.SerializeObject(value, typeof(object), Settings);

    public static object? Deserialize(string json) => JsonConvert.DeserializeObject(json, Settings);

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

        private static readonly ConcurrentDictionary<Type, bool> CheckedTypes = new();
        private readonly DefaultSerializationBinder _inner = new();

        public Type BindToType(string? assemblyName, string typeName)
        {
            // Checked before resolving, so a stored name cannot even make us load another assembly.
            if (!IsAllowed(assemblyName))
            {
                throw Refused(typeName, assemblyName);
            }

            var type = _inner.BindToType(assemblyName, typeName);
            EnsureAllowed(type);
            return type;
        }

        // Refused on write as well, so a wrong type fails the turn that stores it, not every later turn.
        public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
        {
            EnsureAllowed(serializedType);
            _inner.BindToName(serializedType, out assemblyName, out typeName);
        }

        private static void EnsureAllowed(Type type)
        {
            // Every turn stores the same few types; the check reads assembly names, which allocates.
            if (CheckedTypes.ContainsKey(type))
            {
                return;
            }

            EnsureAllowedUncached(type);
            CheckedTypes.TryAdd(type, true);
        }

        private static void EnsureAllowedUncached(Type type)
        {
            var assemblyName = type.Assembly.GetName().Name;
            if (!IsAllowed(assemblyName))
            {
                throw Refused(type.FullName, assemblyName);
            }

            // Generic arguments and array elements name types of their own.
            foreach (var argument in type.IsArray ? [type.GetElementType()!] : type.GetGenericArguments())
            {
                EnsureAllowed(argument);
            }
        }

        private static bool IsAllowed(string? assemblyName)
            => assemblyName is not null && AllowedAssemblyPrefixes.Any(prefix => assemblyName.StartsWith(prefix, StringComparison.Ordinal));

        private static JsonSerializationException Refused(string? typeName, string? assemblyName)
            => new($"Type '{typeName}' from assembly '{assemblyName}' is not allowed in bot state.");
    }
}
