using Torchbase.Domain.Economy;
using Torchbase.Http;

namespace Torchbase.Features.Economy;

public static class EconomyValidation
{
    private const int FirstYear = 2000;

    public static Errors Figures(FiguresInput input, DateOnly today)
    {
        var errors = Period(input.Year, input.Month, today);
        if (input.Figures is not { Count: > 0 } figures) return errors.Add("figures", "required");
        for (var i = 0; i < figures.Count; i++)
        {
            var field = $"figures[{i}]";
            var indicator = IndicatorCatalogue.Default.Find(figures[i].Code ?? "");
            if (indicator is not { IsEntered: true }) { errors.Add($"{field}.code", "unknown_indicator", figures[i].Code ?? ""); continue; }
            errors.Amount($"{field}.value", figures[i].Value);
            if (indicator.Quarterly && figures[i].Value is not null && input.Month is { } m && m % 3 != 0)
                errors.Add($"{field}.value", "quarterly_month", indicator.Name);
        }
        if (figures.Select(f => f.Code).Distinct().Count() != figures.Count) errors.Add("figures", "invalid_value");
        return errors;
    }

    public static Errors Targets(TargetsInput input, DateOnly today)
    {
        var errors = new Errors();
        if (input.Year is not { } year) errors.Add("year", "required");
        else if (year < FirstYear || year > today.Year + 1) errors.Add("year", "year_range", FirstYear, today.Year + 1);
        if (input.Targets is not { Count: > 0 } targets) return errors.Add("targets", "required");
        for (var i = 0; i < targets.Count; i++)
        {
            if (IndicatorCatalogue.Default.Find(targets[i].Code ?? "") is not { AcceptsTarget: true })
                errors.Add($"targets[{i}].code", "unknown_indicator", targets[i].Code ?? "");
            errors.Amount($"targets[{i}].targetValue", targets[i].TargetValue);
        }
        if (targets.Select(t => t.Code).Distinct().Count() != targets.Count) errors.Add("targets", "invalid_value");
        return errors;
    }

    private static Errors Period(int? year, int? month, DateOnly today)
    {
        var errors = new Errors();
        if (year is not { } y) errors.Add("year", "required");
        else if (y < FirstYear || y > today.Year) errors.Add("year", "year_range", FirstYear, today.Year);
        if (month is not { } m) errors.Add("month", "required");
        else if (m is < 1 or > 12) errors.Add("month", "month_range");
        // A later year is already wrong as a year; only this year's later months are wrong as months.
        else if (year == today.Year && m > today.Month) errors.Add("month", "future_period");
        return errors;
    }
}
