using System.Globalization;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Finance;

/// <summary>What an enterprise brings to a product's eligibility check: its latest points and grade, and its valid titles.</summary>
public sealed record FinancingProfile(double? Points, string? Grade, IReadOnlySet<QualificationType> Qualifications);

public sealed record EligibilityGap(string Code, string Required, string? Actual);

public sealed record Eligibility(bool Eligible, IReadOnlyList<EligibilityGap> Gaps);

public static class FinancingRules
{
    /// <summary>Checks the product's thresholds; every unmet one is a gap (points_below, grade_below, qualification_missing, over_limit…).</summary>
    public static Eligibility Check(FinancialProduct product, FinancingProfile profile, decimal? amount = null, int? termMonths = null)
    {
        var gaps = new List<EligibilityGap>();
        if (!product.Active) gaps.Add(new("product_inactive", "", null));
        if (product.MinPoints is { } min && !(profile.Points >= min))
            gaps.Add(new("points_below", min.ToString("0.##", CultureInfo.InvariantCulture), profile.Points?.ToString("0.##", CultureInfo.InvariantCulture)));
        if (!string.IsNullOrEmpty(product.MinGrade) && !GradeAtLeast(profile.Grade, product.MinGrade))
            gaps.Add(new("grade_below", product.MinGrade, profile.Grade));
        if (product.RequiredQualification is { } q && !profile.Qualifications.Contains(q))
            gaps.Add(new("qualification_missing", q.ToString(), null));
        if (amount > product.MaxAmount) gaps.Add(new("over_limit", product.MaxAmount.ToString("0.##", CultureInfo.InvariantCulture),
            amount.Value.ToString("0.##", CultureInfo.InvariantCulture)));
        if (termMonths > product.MaxTermMonths) gaps.Add(new("term_too_long", product.MaxTermMonths.ToString(CultureInfo.InvariantCulture),
            termMonths.Value.ToString(CultureInfo.InvariantCulture)));
        return new Eligibility(gaps.Count == 0, gaps);
    }

    /// <summary>Grades are letters, A best: "A" meets a "B" threshold. No grade meets none.</summary>
    public static bool GradeAtLeast(string? grade, string threshold) =>
        !string.IsNullOrEmpty(grade) && string.CompareOrdinal(grade, threshold) <= 0;

    /// <summary>The steps a request may take: a bank offers, approves, disburses or declines; the enterprise withdraws before approval.</summary>
    public static bool CanMove(FinancingStatus from, FinancingStatus to) => (from, to) switch
    {
        (FinancingStatus.Submitted, FinancingStatus.Offered) => true,
        (FinancingStatus.Offered, FinancingStatus.Offered) => true,
        (FinancingStatus.Offered, FinancingStatus.Approved) => true,
        (FinancingStatus.Approved, FinancingStatus.Disbursed) => true,
        (FinancingStatus.Submitted or FinancingStatus.Offered, FinancingStatus.Declined) => true,
        (FinancingStatus.Submitted or FinancingStatus.Offered, FinancingStatus.Withdrawn) => true,
        _ => false,
    };
}
