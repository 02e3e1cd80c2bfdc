using System.Reflection;

namespace SupportBot.EndToEnd.Hosting;

/// <summary>Where the built bot is: found from this test assembly's folder and build configuration.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string BotProjectFolder => Path.Combine(Root, "bot", "SupportBot");

    public static string BotAssembly
    {
        get
        {
            var configuration = typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var framework = new DirectoryInfo(AppContext.BaseDirectory).Name;
            return Path.Combine(BotProjectFolder, "bin", configuration, framework, "SupportBot.dll");
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SupportBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"SupportBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
