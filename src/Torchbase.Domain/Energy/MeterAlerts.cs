using System.Text.Json;

namespace Torchbase.Domain.Energy;

/// <summary>
/// One version of the zone's meter-alert thresholds, in force from a day (inclusive) until another (exclusive; null: still in force).
/// The numbers are the zone's own choice (<see cref="Official"/> is false), not a standard: the page says so.
/// </summary>
public sealed record MeterAlertRuleVersion(
    DateOnly From, DateOnly? Until, string Source, string SourceEn, bool Official, string Note, string NoteEn,
    int SilentHours, decimal JumpFactor, int TypicalIntervals, int MinimumIntervals)
{
    public bool InForceOn(DateOnly date) => From <= date && (Until is null || date < Until);
}

/// <summary>An alert the rules find: its kind, the instant that identifies it, and for a jump the interval's and the typical consumption.</summary>
public sealed record MeterAlertFinding(MeterAlertKind Kind, DateTimeOffset At, decimal? Consumption = null, decimal? Typical = null);

/// <summary>
/// Meter alerts:
/// <list type="bullet">
/// <item>silent (离线): no reading for more than N hours — the alert is identified by the last reading's instant, so the same silence is
/// one alert however often it is checked; a meter that never reported raises none;</item>
/// <item>jump (突增): an interval's consumption more than k times its recent typical — the median hourly consumption of the previous
/// intervals (at most the rule's window, at least its minimum, resets left out) times the interval's hours. A typical of zero raises
/// nothing (a meter that used nothing has no scale to jump against).</item>
/// </list>
/// N, k and the window are data (<c>Energy/AlertRules/meter-alerts.json</c>) with the dates they are in force.
/// </summary>
public static class MeterAlertRules
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<IReadOnlyList<MeterAlertRuleVersion>> Loaded = new(Load);

    public static IReadOnlyList<MeterAlertRuleVersion> Versions => Loaded.Value;

    /// <summary>The version in force on the day; null before the first.</summary>
    public static MeterAlertRuleVersion? InForce(DateOnly date) => Versions.FirstOrDefault(v => v.InForceOn(date));

    /// <summary>The silence alert of a meter whose last reading is <paramref name="lastReading"/>, if it has been silent too long.</summary>
    public static MeterAlertFinding? Silence(MeterAlertRuleVersion rules, DateTimeOffset? lastReading, DateTimeOffset now) =>
        lastReading is { } last && now - last > TimeSpan.FromHours(rules.SilentHours) ? new MeterAlertFinding(MeterAlertKind.Silent, last) : null;

    /// <summary>The jumps among the intervals (ordered by time): each interval judged against those before it.</summary>
    public static IReadOnlyList<MeterAlertFinding> Jumps(MeterAlertRuleVersion rules, IReadOnlyList<IntervalConsumption> intervals)
    {
        var found = new List<MeterAlertFinding>();
        var history = new List<decimal>();
        foreach (var interval in intervals)
        {
            if (interval.Consumption is not { } used || interval.Hours <= 0) continue;
            var hourly = used / (decimal)interval.Hours;
            if (history.Count >= rules.MinimumIntervals)
            {
                var typical = Median(history.TakeLast(rules.TypicalIntervals)) * (decimal)interval.Hours;
                if (typical > 0 && used > rules.JumpFactor * typical)
                    found.Add(new MeterAlertFinding(MeterAlertKind.Jump, interval.To, used, Math.Round(typical, 3)));
            }
            history.Add(hourly);
        }
        return found;
    }

    private static decimal Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static IReadOnlyList<MeterAlertRuleVersion> Load()
    {
        using var stream = typeof(MeterAlertRules).Assembly.GetManifestResourceStream("Torchbase.Domain.Energy.meter-alerts.json")
            ?? throw new InvalidOperationException("Energy/AlertRules/meter-alerts.json is not embedded.");
        var file = JsonSerializer.Deserialize<RuleFile>(stream, Json)
            ?? throw new InvalidOperationException("The meter alert rules are empty.");
        foreach (var v in file.Versions)
            if (v.SilentHours < 1 || v.JumpFactor <= 1 || v.MinimumIntervals < 1 || v.TypicalIntervals < v.MinimumIntervals)
                throw new InvalidOperationException($"Meter alert rules from {v.From}: hours ≥ 1, factor > 1, window ≥ minimum ≥ 1.");
        return file.Versions;
    }

    private sealed record RuleFile(string Name, string NameEn, IReadOnlyList<MeterAlertRuleVersion> Versions);
}
