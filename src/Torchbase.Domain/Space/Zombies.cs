using System.Text.Json;
using System.Text.Json.Serialization;
using Torchbase.Domain.Common;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Space;

/// <summary>Why an enterprise looks like a zombie (僵尸企业): no revenue, no taxes, no employees, rent in arrears, or it has left (退).</summary>
public enum ZombieSignal { NoRevenue, NoTaxes, NoEmployees, RentArrears, LifecycleExit }

/// <summary>One reason with its measure: the years in a row (Periods, ending with LastYear), the days overdue, or the day it left.</summary>
public sealed record ZombieReason(ZombieSignal Signal, int? Periods = null, int? LastYear = null, int? Days = null, DateOnly? Since = null);

/// <summary>One accepted yearly report as the rules read it (null: not reported, never read as zero).</summary>
public readonly record struct ZombieYear(int Year, decimal? Revenue, decimal? Taxes, int? Employees);

/// <summary>What the records say of an enterprise on a day: its reports, its status and the day it left, the rent paid up to on its current leases.</summary>
public sealed record ZombieFacts(
    IReadOnlyCollection<ZombieYear> Reports, EnterpriseStatus Status, DateOnly? LeftOn, IReadOnlyCollection<DateOnly?> RentPaidUntil);

/// <summary>The verdict: flagged when at least the rule set's minimum of reasons hold; the reasons are always returned.</summary>
public sealed record ZombieVerdict(bool Flagged, IReadOnlyList<ZombieReason> Reasons);

/// <summary>
/// One version of the zone's zombie rule set, in force from a day (inclusive) until another (exclusive; null: still in force).
/// The thresholds are the zone's own choice (<see cref="Official"/> is false): the page says so.
/// </summary>
public sealed record ZombieRuleVersion(
    DateOnly From, DateOnly? Until, string Source, string SourceEn, bool Official, string Note, string NoteEn,
    int NoRevenuePeriods, int NoTaxesPeriods, int NoEmployeesPeriods, int RentArrearsDays, int MinimumReasons)
{
    public bool InForceOn(DateOnly date) => From <= date && (Until is null || date < Until);
}

/// <summary>
/// Flags likely zombie enterprises from the platform's records, with each reason:
/// <list type="bullet">
/// <item>no revenue / no taxes / no employees: the figure reported as zero (or less) in each of the last N yearly reports in a row, the
/// last being the year before today's; a year without an accepted report, or with the figure not reported, breaks the run;</item>
/// <item>rent arrears: a lease running today whose rent is paid up to a day at least the set number of days before today
/// (a lease without a paid-up-to day is not read as in arrears);</item>
/// <item>lifecycle exit (退): the registry shows the enterprise moved out or deregistered.</item>
/// </list>
/// The rule sets are data (<c>Space/ZombieRules/zombie-signals.json</c>) with the dates they are in force.
/// </summary>
public static class ZombieRules
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly Lazy<IReadOnlyList<ZombieRuleVersion>> Loaded = new(Load);

    public static IReadOnlyList<ZombieRuleVersion> Versions => Loaded.Value;

    /// <summary>The version in force on the day; null before the first.</summary>
    public static ZombieRuleVersion? InForce(DateOnly date) => Versions.FirstOrDefault(v => v.InForceOn(date));

    public static ZombieVerdict Evaluate(ZombieRuleVersion rules, ZombieFacts facts, DateOnly today)
    {
        var reasons = new List<ZombieReason>();
        var lastYear = today.Year - 1;
        var byYear = facts.Reports.GroupBy(r => r.Year).ToDictionary(g => g.Key, g => g.First());
        void Run(ZombieSignal signal, int periods, Func<ZombieYear, bool> none)
        {
            if (periods < 1) return;
            for (var y = lastYear; y > lastYear - periods; y--)
                if (!byYear.TryGetValue(y, out var report) || !none(report)) return;
            reasons.Add(new ZombieReason(signal, Periods: periods, LastYear: lastYear));
        }
        Run(ZombieSignal.NoRevenue, rules.NoRevenuePeriods, r => r.Revenue <= 0);
        Run(ZombieSignal.NoTaxes, rules.NoTaxesPeriods, r => r.Taxes <= 0);
        Run(ZombieSignal.NoEmployees, rules.NoEmployeesPeriods, r => r.Employees <= 0);

        var overdue = facts.RentPaidUntil.Where(d => d is not null).Select(d => today.DayNumber - d!.Value.DayNumber).DefaultIfEmpty(0).Max();
        if (overdue >= rules.RentArrearsDays) reasons.Add(new ZombieReason(ZombieSignal.RentArrears, Days: overdue));

        if (facts.Status is EnterpriseStatus.MovedOut or EnterpriseStatus.Deregistered)
            reasons.Add(new ZombieReason(ZombieSignal.LifecycleExit, Since: facts.LeftOn));
        return new ZombieVerdict(reasons.Count >= rules.MinimumReasons, reasons);
    }

    private static IReadOnlyList<ZombieRuleVersion> Load()
    {
        using var stream = typeof(ZombieRules).Assembly.GetManifestResourceStream("Torchbase.Domain.Space.zombie-signals.json")
            ?? throw new InvalidOperationException("Space/ZombieRules/zombie-signals.json is not embedded.");
        var file = JsonSerializer.Deserialize<RuleFile>(stream, Json) ?? throw new InvalidOperationException("The zombie rules are empty.");
        foreach (var v in file.Versions)
            if (v.MinimumReasons < 1 || v.RentArrearsDays < 1)
                throw new InvalidOperationException($"Zombie rules from {v.From}: the minimum of reasons and the arrears days must be at least 1.");
        return file.Versions;
    }

    private sealed record RuleFile(string Name, string NameEn, IReadOnlyList<ZombieRuleVersion> Versions);
}

/// <summary>An officer's decision on a flag: confirmed (a disposal case may follow) or dismissed.</summary>
public enum ZombieDecision { Confirmed, Dismissed }

/// <summary>
/// The decision on one enterprise's flag, with the reasons it was taken on and the officer's note. One per enterprise; a new decision
/// replaces it.
/// </summary>
public sealed class ZombieReview : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid EnterpriseId { get; set; }
    public ZombieDecision Decision { get; set; }
    /// <summary>The signals that held when the decision was taken, comma-separated (NoRevenue,RentArrears…).</summary>
    public required string Signals { get; set; }
    /// <summary>The rule set version (its first day in force) the flag came from.</summary>
    public DateOnly RulesFrom { get; set; }
    public required string Note { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>The steps of a disposal (处置): 核查 → 约谈 → 协商退出 or 司法处置 → 盘活.</summary>
public enum DisposalStage { Verification, Interview, NegotiatedExit, JudicialDisposal, Revitalized }

/// <summary>
/// A disposal case for a confirmed zombie enterprise: the day of each step, who takes the space next, and on 盘活 (closing) the area
/// recovered — the enterprise's leases end that day and their units are vacant again.
/// </summary>
public sealed class DisposalCase : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid EnterpriseId { get; set; }
    public DisposalStage Stage { get; set; }
    public DateOnly VerifiedOn { get; set; }
    public DateOnly? InterviewedOn { get; set; }
    public DateOnly? NegotiatedOn { get; set; }
    public DateOnly? JudicialOn { get; set; }
    public DateOnly? RevitalizedOn { get; set; }
    /// <summary>Who takes the space next (an enterprise or project name), when known.</summary>
    public string? NextTenant { get; set; }
    /// <summary>Area of the units freed on closing, m².</summary>
    public decimal RecoveredArea { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}

/// <summary>Which step may follow which: 约谈 after 核查; 协商退出 or 司法处置 after 约谈 (司法处置 also when negotiation fails); 盘活 after either.</summary>
public static class DisposalStages
{
    public static bool CanMove(DisposalStage from, DisposalStage to) => (from, to) switch
    {
        (DisposalStage.Verification, DisposalStage.Interview) => true,
        (DisposalStage.Interview, DisposalStage.NegotiatedExit or DisposalStage.JudicialDisposal) => true,
        (DisposalStage.NegotiatedExit, DisposalStage.JudicialDisposal or DisposalStage.Revitalized) => true,
        (DisposalStage.JudicialDisposal, DisposalStage.Revitalized) => true,
        _ => false,
    };

    /// <summary>The day the case reached its current step.</summary>
    public static DateOnly LastStepOn(DisposalCase c) =>
        c.RevitalizedOn ?? Max(c.JudicialOn, c.NegotiatedOn) ?? c.InterviewedOn ?? c.VerifiedOn;

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    /// <summary>Records the step on its day.</summary>
    public static void Move(DisposalCase c, DisposalStage to, DateOnly on)
    {
        c.Stage = to;
        switch (to)
        {
            case DisposalStage.Interview: c.InterviewedOn = on; break;
            case DisposalStage.NegotiatedExit: c.NegotiatedOn = on; break;
            case DisposalStage.JudicialDisposal: c.JudicialOn = on; break;
            case DisposalStage.Revitalized: c.RevitalizedOn = on; break;
            default: c.VerifiedOn = on; break;
        }
    }
}
