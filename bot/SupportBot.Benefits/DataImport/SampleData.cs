namespace SupportBot.Benefits.DataImport;

/// <summary>The sample partners of DOMAIN.md, shipped in the import format so one loader loads both.</summary>
public static class SampleData
{
    public const string SourceName = "sample-data.json";
    private const string ResourceName = "SupportBot.Benefits.Data.sample-data.json";

    public static string ReadJson()
    {
        using var stream = typeof(SampleData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
