using Microsoft.AspNetCore.Http.HttpResults;
using Torchbase.Localization;

namespace Torchbase.Http;

/// <summary>ProblemDetails with a stable machine code and a message in the caller's language.</summary>
public static class Problems
{
    private static readonly HashSet<string> Reserved = ["type", "title", "status", "detail", "instance", "code", "errors", "traceId"];

    public static ProblemHttpResult Of(int status, string code, object? extra = null, params object[] args)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties())
            {
                var name = char.ToLowerInvariant(p.Name[0]) + p.Name[1..];
                // An extension named like a member of the problem itself would be written twice ("status": 409, "status": "Approved").
                if (Reserved.Contains(name)) throw new ArgumentException($"Problem extension '{name}' clashes with a ProblemDetails member.", nameof(extra));
                extensions[name] = p.GetValue(extra);
            }
        return TypedResults.Problem(detail: Text.Get(code, args), statusCode: status, title: Text.Get(code, args), extensions: extensions);
    }

    public static ProblemHttpResult NotFound() => Of(StatusCodes.Status404NotFound, "not_found");

    public static ProblemHttpResult Conflict(string code, object? extra = null) => Of(StatusCodes.Status409Conflict, code, extra);

    public static ValidationProblem Validation(Errors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: Text.Get("validation_failed"),
            extensions: new Dictionary<string, object?> { ["code"] = "validation_failed" });
}

/// <summary>Collects field errors (camelCase field names, as the client sends them).</summary>
public sealed class Errors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public Errors Add(string field, string key, params object[] args)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(Text.Get(key, args));
        return this;
    }

    public Errors Required(string field, string? value) => string.IsNullOrWhiteSpace(value) ? Add(field, "required") : this;

    public Errors MaxLength(string field, string? value, int max) => value?.Length > max ? Add(field, "too_long", max) : this;

    /// <summary>The largest amount, figure or count a decimal field takes (10^12): a million of them still sum well inside decimal's range.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>An amount (money, a figure): not negative, and not beyond <see cref="MaxAmount"/> — a bigger one breaks every sum it enters.</summary>
    public Errors Amount(string field, decimal? value) =>
        value < 0 ? Add(field, "not_negative") : value > MaxAmount ? Add(field, "too_large", MaxAmount.ToString("0")) : this;

    /// <summary>A money amount that must be given and above 0 (a loan, a voucher), within <see cref="MaxAmount"/>.</summary>
    public Errors PositiveAmount(string field, decimal? value) =>
        value is not > 0 ? Add(field, "positive_amount") : Amount(field, value);

    public Errors NotNegative(string field, int? value) => value < 0 ? Add(field, "not_negative") : this;

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public IEnumerable<(string Field, string Message)> All => _errors.SelectMany(e => e.Value.Select(m => (e.Key, m)));
}
