using BenchmarkDotNet.Attributes;
using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Benchmarks;

/// <summary>
/// The whole demo zone (1,500 enterprises, four years of reports, titles, declarations for most) evaluated against every
/// rule set in force on the evaluation date, as the batch evaluation does — and 100,000 enterprises, a province's worth.
/// Targets: under 1 second for 1,500, under 10 seconds for 100,000. Inputs are generated in memory, not read from a database.
/// The date is in 2026 after 1 April, so the 2026 专精特新 and 小巨人 standards run (with the review of current holders).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(iterationCount: 5, warmupCount: 2)]
public class CultivationBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);
    private List<EnterpriseFacts> _zone = [];

    [Params(1500, 100_000)]
    public int Enterprises { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _ = RuleSets.All; // load the embedded JSON outside the measurement
        _zone = Enumerable.Range(0, Enterprises).Select(_ => Enterprise(random)).ToList();
    }

    [Benchmark]
    public int EvaluateZone()
    {
        var qualifying = 0;
        foreach (var facts in _zone)
            foreach (var r in QualificationEngine.EvaluateAll(facts))
                if (r.Verdict == Verdict.Qualifies) qualifying++;
        return qualifying;
    }

    [Benchmark]
    public int LadderCards()
    {
        var steps = 0;
        foreach (var facts in _zone)
            if (Ladder.Card(facts, QualificationEngine.EvaluateAll(facts)).Innovation.Next is not null) steps++;
        return steps;
    }

    /// <summary>Plausible figures in the proportions of the demo zone; about 2% of figures unreported (null).</summary>
    internal static EnterpriseFacts Enterprise(Random random)
    {
        decimal? Maybe(decimal value) => random.NextDouble() < 0.02 ? null : value;
        var revenue = (decimal)Math.Round(Math.Exp(4 + random.NextDouble() * 6), 2); // ~55 to ~1.2 million 万元, log-uniform
        var growth = (decimal)(0.9 + random.NextDouble() * 0.5);
        var employees = random.Next(8, 800);
        var reports = new List<AnnualReport>();
        for (var year = AsOf.Year - 4; year < AsOf.Year; year++)
        {
            var rd = revenue * (decimal)(random.NextDouble() * 0.09);
            reports.Add(new AnnualReport
            {
                Year = year, Revenue = Maybe(revenue), RdExpense = Maybe(rd), DomesticRdExpense = rd * 0.95m,
                HighTechRevenue = Maybe(revenue * (decimal)random.NextDouble()),
                OperatingCost = revenue * 0.85m, NetAssets = revenue * 0.4m, TotalAssets = revenue * 0.9m, Employees = employees,
                TechStaff = Maybe(employees * (decimal)(random.NextDouble() * 0.4)) is { } s ? (int)s : null, RdStaff = employees / 5,
                InventionPatents = random.Next(0, 6), UtilityModels = random.Next(0, 20), DesignPatents = random.Next(0, 3),
                SoftwareCopyrights = random.Next(0, 8), OtherClassOneIp = 0,
                MainBusinessRevenue = Maybe(revenue * (decimal)(0.5 + random.NextDouble() * 0.5)), TotalLiabilities = revenue * 0.5m,
                HighValueClassOneIp = random.Next(0, 2), SelfDevelopedClassOneIp = random.Next(0, 3),
                EquityFinancing = random.NextDouble() < 0.1 ? revenue * 0.2m : 0,
                NetProfit = revenue * (decimal)(random.NextDouble() * 0.15),
            });
            revenue = Math.Round(revenue * growth, 2);
        }
        var held = new List<HeldTitle>();
        if (random.NextDouble() < 0.3) held.Add(new HeldTitle(QualificationType.HighTech, new DateOnly(2024, 10, 1), new DateOnly(2027, 9, 30)));
        if (random.NextDouble() < 0.4) held.Add(new HeldTitle(QualificationType.TechSme, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        if (random.NextDouble() < 0.1) held.Add(new HeldTitle(QualificationType.Specialized, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31)));
        if (random.NextDouble() < 0.2) held.Add(new HeldTitle(QualificationType.InnovativeSme, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31)));
        var declared = random.NextDouble() < 0.3 ? null : new EnterpriseDeclarations
        {
            IpCoreSupport = random.NextDouble() < 0.7, InHighTechField = true, NoMajorIncident = true, NotRestrictedIndustry = true,
            IpAdvancementScore = random.Next(0, 9), IpCoreRoleScore = random.Next(0, 9), IpSelfDeveloped = true, Conversions3Years = random.Next(0, 20),
            RdManagementScore = random.Next(0, 21), NicheYears = random.Next(0, 12), MainBusinessShare = 0.8m, SpecializedScore = random.Next(30, 90),
            EquityFinancing2Years = 0, HasRdInstitution = random.NextDouble() < 0.5,
            ProductFieldLevel = random.Next(0, 3), DigitalLevel = random.Next(1, 5), QualityItems = random.Next(0, 5), RdInstitutionLevel = random.Next(0, 5),
            NicheMarketShare = (decimal)(random.NextDouble() * 0.3), MarketRanksWell = random.NextDouble() < 0.5, KeyChainLink = random.NextDouble() < 0.3,
            DevelopmentScore = random.Next(30, 90), DevelopmentScorePreviousYear = random.Next(30, 90),
        };
        return new EnterpriseFacts(new DateOnly(random.Next(2005, 2024), random.Next(1, 13), random.Next(1, 28)), reports, held, declared, AsOf);
    }
}
