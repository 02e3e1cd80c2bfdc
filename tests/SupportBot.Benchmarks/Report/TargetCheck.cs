namespace SupportBot.Benchmarks.Report;

/// <summary>One performance target, what was measured against it, and whether it is met (null: not measured).</summary>
public sealed record TargetCheck(string Target, string Measured, bool? Met)
{
    public string Verdict => Met switch
    {
        true => "MET",
        false => "NOT MET",
        null => "NOT MEASURED",
    };
}
