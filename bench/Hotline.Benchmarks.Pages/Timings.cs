namespace Hotline.Benchmarks.Pages;

/// <summary>How the benchmark prints a set of times: p50, p95 and max, in the columns of its table.</summary>
internal static class Timings
{
    public static string Stats(List<double> values)
    {
        if (values.Count == 0)
            return "";
        values.Sort();
        double P(double q) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(q * values.Count) - 1)];
        return $"{P(0.5),9:N1} {P(0.95),7:N1} {values[^1],7:N1}";
    }

    public static string Verdict(bool met) => met ? "met" : "NOT MET";
}
