using System.Linq.Expressions;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Features.Enterprises;

/// <summary>
/// The 规上 filter of the registry: the verdict of <see cref="AboveDesignatedSize.Classify"/> for each enterprise's latest accepted
/// report, written as one predicate the database runs (industry-code prefixes as LIKE, thresholds as comparisons, built from the rule
/// file; for 建筑业 and 房地产开发 the report's declaration), so that the list, its paging and its export read 100,000 enterprises
/// without loading one of them. An enterprise without an accepted report, or whose latest one is older than the rules, is
/// <see cref="SizeVerdict.Unknown"/>, as its page cannot say either.
/// </summary>
public static class SizeFilter
{
    private static readonly System.Reflection.MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    public static IQueryable<Enterprise> WhereVerdict(this IQueryable<Enterprise> query, SizeVerdict verdict) => query.Where(For(verdict));

    /// <summary>The enterprises whose latest accepted report gets this verdict.</summary>
    public static Expression<Func<Enterprise, bool>> For(SizeVerdict verdict)
    {
        var e = Expression.Parameter(typeof(Enterprise), "e");
        var r = Expression.Parameter(typeof(AnnualReport), "r");
        var code = Expression.Property(e, nameof(Enterprise.IndustryCode));
        var year = Expression.Property(r, nameof(AnnualReport.Year));
        var rule = verdict switch
        {
            SizeVerdict.Unknown => Unknown(code, year, r),
            SizeVerdict.Declaration => AnyVersion(year, v => AnyPrefix(v, code, c => c.Declaration is not null,
                _ => Expression.Equal(Declared(r), Expression.Constant(null, typeof(bool?))))),
            SizeVerdict.OutOfScope => AndAlso(AndAlso(Expression.NotEqual(code, Expression.Constant(null, typeof(string))),
                    Expression.NotEqual(code, Expression.Constant(""))),
                AnyVersion(year, v => Expression.Not(OrElse(Expression.Call(Expression.Constant(Coarse(v)), nameof(List<string>.Contains), null, code),
                    AnyPrefix(v, code, _ => true, _ => null))))),
            _ => AnyVersion(year, v => AnyPrefix(v, code, _ => true, c => c.Declaration is null ? Compare(r, c, verdict == SizeVerdict.Above)
                : Expression.Equal(Declared(r), Expression.Constant(verdict == SizeVerdict.Above, typeof(bool?))))),
        };
        var latest = Latest(Expression.Lambda<Func<Enterprise, AnnualReport, bool>>(rule, e, r));
        Expression body = new Inline(latest.Parameters[0], e).Visit(latest.Body);
        if (verdict == SizeVerdict.Unknown) body = Expression.OrElse(body, new Inline(NoReport.Parameters[0], e).Visit(NoReport.Body));
        return Expression.Lambda<Func<Enterprise, bool>>(body, e);
    }

    private static readonly Expression<Func<Enterprise, bool>> NoReport = e => !e.Reports.Any(r => r.Status == ReportStatus.Accepted);

    /// <summary>The rule applied to the enterprise's latest accepted report.</summary>
    private static Expression<Func<Enterprise, bool>> Latest(Expression<Func<Enterprise, AnnualReport, bool>> rule)
    {
        Expression<Func<Enterprise, bool>> template = e => e.Reports.Any(r => r.Status == ReportStatus.Accepted
            && r.Year == e.Reports.Where(x => x.Status == ReportStatus.Accepted).Max(x => x.Year) && Placeholder(e, r));
        return (Expression<Func<Enterprise, bool>>)new Splice(rule).Visit(template);
    }

    private static bool Placeholder(Enterprise e, AnnualReport r) => throw new InvalidOperationException("Only inside an expression.");

    /// <summary>No code, a year before the rules, a code too coarse for its class, or the class's figure not reported.</summary>
    private static Expression Unknown(MemberExpression code, MemberExpression year, ParameterExpression r)
    {
        var noCode = OrElse(Expression.Equal(code, Expression.Constant(null, typeof(string))), Expression.Equal(code, Expression.Constant("")));
        var noRules = Expression.Not(AnyVersion(year, _ => Expression.Constant(true)));
        var undecided = AnyVersion(year, v => OrElse(Expression.Call(Expression.Constant(Coarse(v)), nameof(List<string>.Contains), null, code),
            AnyPrefix(v, code, c => c.Declaration is null, c => Expression.Equal(Figure(r, c), Expression.Constant(null, typeof(decimal?))))));
        return OrElse(OrElse(noCode, noRules), undecided);
    }

    /// <summary>The codes coarser than a rule's prefix that no rule matches yet ("F", "K70").</summary>
    private static List<string> Coarse(SizeRuleVersion v) => v.Classes.SelectMany(c => c.Prefixes)
        .SelectMany(p => Enumerable.Range(1, p.Length - 1).Select(n => p[..n])).Distinct()
        .Where(s => v.ClassOf(s) is { Class: null, TooCoarse: true }).ToList();

    /// <summary>Some version in force at the end of the report's year satisfies the condition.</summary>
    private static Expression AnyVersion(MemberExpression year, Func<SizeRuleVersion, Expression> condition) =>
        AboveDesignatedSize.Versions.Select(v =>
        {
            Expression inForce = Expression.GreaterThanOrEqual(year, Expression.Constant(v.From.Year));
            if (v.Until is { } until) inForce = Expression.AndAlso(inForce, Expression.LessThan(year, Expression.Constant(until.Year)));
            return AndAlso(inForce, condition(v));
        }).Aggregate((Expression)Expression.Constant(false), OrElse);

    /// <summary>The code's class (its longest matching prefix) is one of <paramref name="classes"/>, and then <paramref name="then"/> holds.</summary>
    private static Expression AnyPrefix(SizeRuleVersion v, MemberExpression code, Func<SizeClass, bool> classes, Func<SizeClass, Expression?> then)
    {
        var all = v.Classes.SelectMany(c => c.Prefixes).ToList();
        return v.Classes.Where(classes).SelectMany(c => c.Prefixes.Select(p =>
        {
            Expression match = Expression.Call(code, StartsWith, Expression.Constant(p));
            foreach (var longer in all.Where(q => q.Length > p.Length && q.StartsWith(p, StringComparison.Ordinal)))
                match = Expression.AndAlso(match, Expression.Not(Expression.Call(code, StartsWith, Expression.Constant(longer))));
            return then(c) is { } condition ? Expression.AndAlso(match, condition) : match;
        })).Aggregate((Expression)Expression.Constant(false), OrElse);
    }

    /// <summary>The report's declaration (建筑业 资质, 房地产开发经营), which decides the sectors whose rule is not a figure.</summary>
    private static MemberExpression Declared(ParameterExpression r) => Expression.Property(r, nameof(AnnualReport.SizeDeclaration));

    private static MemberExpression Figure(ParameterExpression r, SizeClass c) =>
        Expression.Property(r, c.Figure == nameof(AnnualReport.MainBusinessRevenue) ? nameof(AnnualReport.MainBusinessRevenue) : nameof(AnnualReport.Revenue));

    private static BinaryExpression Compare(ParameterExpression r, SizeClass c, bool above)
    {
        var figure = Figure(r, c);
        var threshold = Expression.Constant(c.ThresholdWan, typeof(decimal?));
        return Expression.AndAlso(Expression.NotEqual(figure, Expression.Constant(null, typeof(decimal?))),
            above ? Expression.GreaterThanOrEqual(figure, threshold) : Expression.LessThan(figure, threshold));
    }

    // Constant false/true terms are folded away so that the SQL holds only the conditions that matter.
    private static Expression OrElse(Expression a, Expression b) => a is ConstantExpression { Value: false } ? b
        : b is ConstantExpression { Value: false } ? a : Expression.OrElse(a, b);

    private static Expression AndAlso(Expression a, Expression b) => a is ConstantExpression { Value: true } ? b
        : b is ConstantExpression { Value: true } ? a : Expression.AndAlso(a, b);

    /// <summary>Replaces the placeholder call with the rule's body, its parameters bound to the template's enterprise and report.</summary>
    private sealed class Splice(Expression<Func<Enterprise, AnnualReport, bool>> rule) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) => node.Method.Name == nameof(Placeholder)
            ? new Inline(rule.Parameters[1], node.Arguments[1]).Visit(new Inline(rule.Parameters[0], node.Arguments[0]).Visit(rule.Body))
            : base.VisitMethodCall(node);
    }

    private sealed class Inline(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
