using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Policies;

namespace Torchbase.Domain.Tests.Policies;

/// <summary>The fast matcher answers exactly as the explained evaluation does, for every condition kind and amount rule.</summary>
public class BenefitMatcherTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);
    private static readonly Guid[] Parks = [new("00000000-0000-0000-0000-000000000001"), new("00000000-0000-0000-0000-000000000002")];
    private static readonly string[] Chains = ["新材料", "电子信息"];

    private static BenefitFacts Facts(Random r)
    {
        decimal? Maybe(int max) => r.NextDouble() < 0.15 ? null : r.Next(-50, max);
        var reports = Enumerable.Range(AsOf.Year - 3, 3).Where(_ => r.NextDouble() < 0.85).Select(y => new AnnualReport
        {
            Year = y, Revenue = Maybe(8000), RdExpense = Maybe(600), Employees = (int?)Maybe(500), NetProfit = Maybe(900), Taxes = Maybe(300),
        }).ToList();
        var held = new List<HeldTitle>();
        if (r.NextDouble() < 0.4)
            held.Add(new HeldTitle(QualificationType.HighTech, new DateOnly(2023 + r.Next(0, 4), 3, 1),
                r.NextDouble() < 0.5 ? null : AsOf.AddDays(r.Next(-400, 400))));
        if (r.NextDouble() < 0.3) held.Add(new HeldTitle(QualificationType.TechSme, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        var declared = r.NextDouble() < 0.5 ? new HashSet<int> { 0, 1, 2 } : null;
        return new BenefitFacts(new EnterpriseFacts(new DateOnly(2015, 1, 1), reports, held, null, AsOf), Parks[r.Next(2)],
            r.NextDouble() < 0.1 ? " 新材料 " : Chains[r.Next(2)], r.NextDouble() < 0.5, declared, r.Next(0, 3) * 10);
    }

    private static BenefitItem Item(Random r)
    {
        var figures = new[] { ReportFigure.Revenue, ReportFigure.RdExpense, ReportFigure.Employees, ReportFigure.NetProfit, ReportFigure.TechStaff };
        BenefitCondition Condition() => r.Next(9) switch
        {
            0 => new(ConditionKind.TitleHeld, Title: r.NextDouble() < 0.5 ? QualificationType.HighTech : QualificationType.TechSme),
            1 => new(ConditionKind.TitleGranted, Title: QualificationType.HighTech, From: new DateOnly(2024, 1, 1), To: new DateOnly(2025, 12, 31)),
            2 => new(ConditionKind.FigureAtLeast, Figure: figures[r.Next(figures.Length)], Value: r.Next(0, 4000)),
            3 => new(ConditionKind.FigureAtMost, Figure: figures[r.Next(figures.Length)], Value: r.Next(0, 400)),
            4 => new(ConditionKind.GrowthAtLeast, Figure: figures[r.Next(figures.Length)], Value: (decimal)r.Next(-20, 40) / 100),
            5 => new(ConditionKind.InPark, ParkId: Parks[r.Next(2)]),
            6 => new(ConditionKind.InChain, Chain: r.NextDouble() < 0.3 ? " 新材料" : Chains[r.Next(2)]),
            7 => new(ConditionKind.InLibrary),
            _ => new(ConditionKind.Declaration, Text: "近三年无重大安全事故"),
        };
        var rule = r.Next(4) switch
        {
            0 => AmountRule.FixedAmount(r.Next(0, 50)),
            1 => new AmountRule(AmountRuleKind.Share, Figure: figures[r.Next(figures.Length)], Rate: 0.1m, Cap: 100),
            2 => new AmountRule(AmountRuleKind.GrowthShare, Figure: figures[r.Next(figures.Length)], Rate: 0.2m),
            _ => new AmountRule(AmountRuleKind.Tiers, Figure: ReportFigure.Revenue, Tiers: [new(1000, 10), new(5000, 30)]),
        };
        return new BenefitItem { Name = "t", Rule = rule, PerEnterpriseLimit = r.NextDouble() < 0.3 ? 20 : null,
            Conditions = Enumerable.Range(0, r.Next(0, 5)).Select(_ => Condition()).ToList() };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_matcher_agrees_with_the_explained_evaluation(int seed)
    {
        var random = new Random(seed);
        var enterprises = Enumerable.Range(0, 300).Select(_ => Facts(random)).ToList();
        var items = Enumerable.Range(0, 120).Select(_ => Item(random)).ToList();
        var (yes, no) = (0, 0);
        foreach (var item in items)
        {
            var matcher = BenefitMatcher.For(item);
            foreach (var facts in enterprises)
            {
                var expected = BenefitEvaluator.Evaluate(item, facts).Qualifies;
                Assert.True(expected == matcher.Qualifies(facts), $"item {items.IndexOf(item)}, enterprise {enterprises.IndexOf(facts)}");
                if (expected) yes++; else no++;
            }
        }
        // Both answers occur often enough for the comparison to mean something.
        Assert.InRange(yes, 1000, 35_000);
        Assert.InRange(no, 1000, 35_000);
    }

    /// <summary>Matching side by side over ranges of enterprises answers exactly as one pair after another, whatever the ranges.</summary>
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 7)]
    [InlineData(4, 64)]
    public void Matching_in_parallel_answers_as_matching_in_turn(int seed, int parts)
    {
        var r = new Random(seed);
        var items = Enumerable.Range(0, 40).Select(_ => Item(r)).ToList();
        var enterprises = Enumerable.Range(0, 3000).Select(_ => Facts(r)).ToList();
        var inTurn = items.Select(BenefitMatcher.For)
            .Select(m => Enumerable.Range(0, enterprises.Count).Where(e => m.Qualifies(enterprises[e])).ToArray()).ToArray();

        var sideBySide = BenefitMatcher.MatchAll(items, enterprises, parts);

        Assert.Equal(items.Count, sideBySide.Length);
        Assert.True(inTurn.Sum(x => x.Length) > 1000, "enough pairs qualify for the comparison to mean something");
        for (var i = 0; i < items.Count; i++) Assert.Equal(inTurn[i], sideBySide[i]);
    }

    [Fact]
    public void Matching_no_enterprises_gives_every_item_an_empty_answer_and_a_part_count_below_one_is_refused()
    {
        var r = new Random(5);
        var items = Enumerable.Range(0, 3).Select(_ => Item(r)).ToList();
        var none = BenefitMatcher.MatchAll(items, []);
        Assert.Equal(3, none.Length);
        Assert.Equal(0, none.Sum(x => x.Length));
        Assert.Throws<ArgumentOutOfRangeException>(() => BenefitMatcher.MatchAll(items, [Facts(r)], 0));
    }
}
