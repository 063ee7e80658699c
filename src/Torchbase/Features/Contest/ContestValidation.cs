using Torchbase.Domain.Contest;
using Torchbase.Http;

namespace Torchbase.Features.Contest;

public static class ContestValidation
{
    public static Errors Validate(ContestCreate input, int thisYear) =>
        Year(new Errors().Required("name", input.Name).MaxLength("name", input.Name, 100), input.Year, thisYear);

    public static Errors Validate(ContestSettings input, int thisYear)
    {
        var errors = Year(new Errors().Required("name", input.Name).MaxLength("name", input.Name, 100), input.Year, thisYear);
        if (input.Method is null) errors.Add("method", "required");
        if (input.TrimEach is < 0 or > 3) errors.Add("trimEach", "contest.trim_range");
        if (TieBreaker.ParseList(input.TieBreakers) is not { } breakers) errors.Add("tieBreakers", "invalid_value");
        else if (breakers.Any(b => b.Kind == TieBreakKind.Aspect && input.Aspects?.Any(a => a.Code == b.AspectCode) != true))
            errors.Add("tieBreakers", "contest.unknown_aspect");
        if (input.Version is null) errors.Add("version", "required");
        if (input.Aspects is not { Length: > 0 } aspects) { errors.Add("aspects", "required"); return errors; }
        for (var i = 0; i < aspects.Length; i++)
        {
            var a = aspects[i];
            if (string.IsNullOrWhiteSpace(a.Code) || a.Code.Length > 20 || !a.Code.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_'))
                errors.Add($"aspects[{i}].code", "contest.aspect_code");
            errors.Required($"aspects[{i}].name", a.Name).MaxLength($"aspects[{i}].name", a.Name, 50);
            if (a.MaxScore is not > 0 || a.MaxScore > 1000) errors.Add($"aspects[{i}].maxScore", "contest.positive");
            if (a.Weight is not > 0 || a.Weight > 100) errors.Add($"aspects[{i}].weight", "contest.positive");
        }
        if (aspects.Select(a => a.Code).Distinct().Count() < aspects.Length) errors.Add("aspects", "contest.duplicate_aspect");
        return errors;
    }

    public static Errors Validate(CategoryEdit input)
    {
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, 50);
        var prizes = input.Prizes ?? [];
        for (var i = 0; i < prizes.Length; i++)
        {
            errors.Required($"prizes[{i}].name", prizes[i].Name).MaxLength($"prizes[{i}].name", prizes[i].Name, 30);
            if (prizes[i].Count is not (>= 1 and <= 50)) errors.Add($"prizes[{i}].count", "contest.prize_count");
            if (prizes[i].AmountWan is null) errors.Add($"prizes[{i}].amountWan", "required");
            else errors.Amount($"prizes[{i}].amountWan", prizes[i].AmountWan);
        }
        return errors;
    }

    public static Errors Validate(UnitEdit input)
    {
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, 100);
        if (input.CategoryId is null) errors.Add("categoryId", "required");
        return errors;
    }

    /// <summary>Every aspect scored, each within 0..max, at most two decimals.</summary>
    public static Errors Validate(SheetInput input, IReadOnlyList<ContestAspect> aspects)
    {
        var errors = new Errors();
        foreach (var aspect in aspects)
        {
            var field = $"scores.{aspect.Code}";
            if (input.Scores?.GetValueOrDefault(aspect.Code) is not { } score)
            {
                if (input.Submit) errors.Add(field, "required");
                continue;
            }
            // The maximum without trailing zeros: PostgreSQL returns 20 as 20.00.
            var max = aspect.MaxScore.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
            if (score < 0 || score > aspect.MaxScore) errors.Add(field, "contest.score_range", max);
            else if (decimal.Round(score, 2) != score) errors.Add(field, "contest.score_decimals");
        }
        foreach (var code in (input.Scores?.Keys ?? Enumerable.Empty<string>()).Where(k => aspects.All(a => a.Code != k)))
            errors.Add($"scores.{code}", "contest.unknown_aspect");
        return errors;
    }

    private static Errors Year(Errors errors, int? year, int thisYear)
    {
        if (year is null) errors.Add("year", "required");
        else if (year < 2000 || year > thisYear + 1) errors.Add("year", "year_range", 2000, thisYear + 1);
        return errors;
    }
}
