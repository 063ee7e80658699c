using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Finance;

namespace Torchbase.Domain.Tests.Finance;

public class FinancingRulesTests
{
    private static readonly FinancialProduct PointsLoan = new()
    {
        Name = "创新积分贷", Kind = FinancialProductKind.PointsLoan, MinPoints = 60, MinGrade = "B",
        RequiredQualification = QualificationType.TechSme, MaxAmount = 500, MaxTermMonths = 12,
    };

    [Theory]
    [InlineData(60.0, "B", true, 500, 12, new string[0])]
    [InlineData(59.99, "B", true, 500, 12, new[] { "points_below" })]
    [InlineData(80.0, "C", true, 100, 6, new[] { "grade_below" })]
    [InlineData(80.0, "A", false, 100, 6, new[] { "qualification_missing" })]
    [InlineData(80.0, "A", true, 500.01, 13, new[] { "over_limit", "term_too_long" })]
    [InlineData(null, null, true, 100, 6, new[] { "points_below", "grade_below" })]
    public void Eligibility_lists_every_gap(double? points, string? grade, bool techSme, double amount, int term, string[] gaps)
    {
        var held = techSme ? new HashSet<QualificationType> { QualificationType.TechSme } : [];
        var result = FinancingRules.Check(PointsLoan, new FinancingProfile(points, grade, held), (decimal)amount, term);
        Assert.Equal(gaps, result.Gaps.Select(g => g.Code));
        Assert.Equal(gaps.Length == 0, result.Eligible);
    }

    [Theory]
    [InlineData(FinancingStatus.Submitted, FinancingStatus.Offered, true)]
    [InlineData(FinancingStatus.Offered, FinancingStatus.Approved, true)]
    [InlineData(FinancingStatus.Approved, FinancingStatus.Disbursed, true)]
    [InlineData(FinancingStatus.Submitted, FinancingStatus.Approved, false)]
    [InlineData(FinancingStatus.Submitted, FinancingStatus.Disbursed, false)]
    [InlineData(FinancingStatus.Approved, FinancingStatus.Withdrawn, false)]
    [InlineData(FinancingStatus.Disbursed, FinancingStatus.Declined, false)]
    [InlineData(FinancingStatus.Offered, FinancingStatus.Withdrawn, true)]
    public void Requests_move_only_forward(FinancingStatus from, FinancingStatus to, bool allowed) =>
        Assert.Equal(allowed, FinancingRules.CanMove(from, to));

    [Theory]
    // share 50 %, cap 50 a year
    [InlineData(40, 20, 0, 20, VoucherLimit.Requested)]
    [InlineData(40, 30, 0, 20, VoucherLimit.SubsidyShare)]
    [InlineData(200, 100, 0, 50, VoucherLimit.YearlyCap)]
    [InlineData(40, 20, 45, 5, VoucherLimit.YearlyCap)]
    [InlineData(40, 20, 60, 0, VoucherLimit.YearlyCap)]
    public void Voucher_allowance_is_share_then_request_then_yearly_cap(double contract, double requested, double already, double max, VoucherLimit limit)
    {
        var policy = new VoucherPolicy("t", 2023, "t", null, 0.5m, 50);
        var allowance = policy.Allow((decimal)contract, (decimal)requested, (decimal)already);
        Assert.Equal((decimal)max, allowance.Max);
        Assert.Equal(limit, allowance.LimitedBy);
    }

    [Fact]
    public void The_embedded_voucher_policy_says_where_it_comes_from()
    {
        Assert.Equal(0.5m, VoucherPolicy.Current.SubsidyShare);
        Assert.Contains("未核实", VoucherPolicy.Current.Source);
    }
}
