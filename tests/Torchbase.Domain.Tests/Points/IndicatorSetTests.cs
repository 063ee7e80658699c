using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Points;

namespace Torchbase.Domain.Tests.Points;

public class IndicatorSetTests
{
    [Fact]
    public void The_default_set_has_three_groups_and_eighteen_indicators_worth_100_points()
    {
        var set = DefaultIndicatorSets.TorchCore;
        Assert.Equal(18, set.Indicators.Count);
        Assert.Equal(100, set.MaxTotal);
        Assert.Equal([IndicatorGroup.TechnologyInnovation, IndicatorGroup.GrowthOperation, IndicatorGroup.Auxiliary],
            set.Indicators.Select(i => i.Group).Distinct());
        Assert.Empty(set.Check());
        Assert.Contains("全国试行版", set.Policy);
        Assert.All(set.Indicators, i => Assert.All(IndicatorFormula.Parse(i.Formula).Facts,
            f => Assert.True(IndicatorFacts.KnownNames.Contains(f) || f == "Platforms", $"{i.Code}: unknown fact {f}")));
    }

    [Theory]
    [InlineData("RdExpense / Revenue * 100", 5.0)]
    [InlineData("(Revenue - prev.Revenue) / prev.Revenue * 100", 25.0)]
    [InlineData("has.HighTech + has.Gazelle", 1.0)]
    [InlineData("-NetProfit", 10.0)]
    [InlineData("IpCount", 3.0)]
    [InlineData("Taxes", null)]                // not reported
    [InlineData("RdExpense / NetAssets", null)] // division by zero is not a value
    [InlineData("prev.Taxes + 1", null)]
    [InlineData("Platforms * 2", 4.0)]
    public void Formulas_read_the_report_and_never_invent_a_value(string formula, double? expected)
    {
        var year = new AnnualReport { Revenue = 1000, RdExpense = 50, NetProfit = -10, NetAssets = 0, InventionPatents = 1, SoftwareCopyrights = 2 };
        var previous = new AnnualReport { Revenue = 800 };
        var facts = IndicatorFacts.For(year, previous, new HashSet<QualificationType> { QualificationType.HighTech },
            new Dictionary<string, double?> { ["Platforms"] = 2 });
        Assert.Equal(expected, IndicatorFormula.Parse(formula).Evaluate(facts));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Revenue +")]
    [InlineData("(Revenue")]
    [InlineData("Revenue # 2")]
    [InlineData("1.2.3")]
    public void Bad_formulas_are_rejected(string formula) => Assert.False(IndicatorFormula.TryParse(formula, out _));

    [Fact]
    public void Check_reports_duplicate_codes_bad_weights_and_formulas()
    {
        var d = DefaultIndicatorSets.TorchCore.Indicators[0];
        var set = DefaultIndicatorSets.TorchCore with { Indicators = [d, d with { Weight = 0 }, d with { Code = "X", Formula = "(" }] };
        var fields = set.Check().Select(p => p.Field).ToList();
        Assert.Contains("indicators[1].code", fields);
        Assert.Contains("indicators[1].weight", fields);
        Assert.Contains("indicators[2].formula", fields);
    }
}
