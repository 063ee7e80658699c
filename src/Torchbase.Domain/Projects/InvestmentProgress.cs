namespace Torchbase.Domain.Projects;

/// <summary>
/// A key project's completion against its annual target (完成全年目标的 x%), and whether it lags the calendar
/// ("按时序进度推进"): behind when completion is below the share of the year elapsed by more than the margin.
/// </summary>
public sealed record ProgressResult(
    decimal Target, decimal Completed, decimal? CompletionRate, decimal ElapsedShare, decimal ExpectedByNow, bool Behind, decimal Shortfall);

public static class InvestmentProgress
{
    /// <param name="throughMonth">Reports counted are for months 1..throughMonth of the year (1–12).</param>
    /// <param name="margin">Tolerance as a share of the target (0.10 = ten points below the time share).</param>
    public static ProgressResult Evaluate(decimal target, decimal completed, int throughMonth, decimal margin)
    {
        if (throughMonth is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(throughMonth));
        var elapsed = Math.Round(throughMonth / 12m, 4);
        var expected = Math.Round(target * elapsed, 2);
        decimal? rate = target > 0 ? Math.Round(completed / target, 4) : null;
        var behind = rate is { } r && r < elapsed - margin;
        return new ProgressResult(target, completed, rate, elapsed, expected, behind, Math.Max(0, expected - completed));
    }
}
