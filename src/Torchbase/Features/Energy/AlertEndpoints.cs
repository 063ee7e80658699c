using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Energy;
using Torchbase.Http;
using Torchbase.Features.Policies;
using Torchbase.Identity;

namespace Torchbase.Features.Energy;

/// <summary>Meter alerts: the list (open by default), the thresholds in force, a check on demand and closing an alert.</summary>
public static class AlertEndpoints
{
    private static readonly Dictionary<string, Expression<Func<MeterAlert, object?>>> SortKeys = new()
    {
        ["raisedAt"] = a => a.RaisedAt, ["at"] = a => a.At, ["kind"] = a => a.Kind,
    };

    public static void MapMeterAlertEndpoints(this IEndpointRouteBuilder group)
    {
        group.MapGet("/alerts", ListAlerts)
            .WithName(nameof(ListAlerts))
            .WithSummary("Meter alerts in the caller's scope, open ones by default, newest first, paged");
        group.MapGet("/alert-rules", GetAlertRules)
            .WithName(nameof(GetAlertRules))
            .WithSummary("The alert thresholds in force: the zone's own choice, not a standard");
        group.MapPost("/alerts/check", CheckAlerts)
            .WithName(nameof(CheckAlerts))
            .WithSummary("Check the meters in scope now: raise (and notify once) new alerts, close silences that ended")
            .RequireAuthorization(Permissions.EnergyWrite);
        group.MapPost("/alerts/{id:guid}/close", CloseAlert)
            .WithName(nameof(CloseAlert))
            .WithSummary("Close an alert after checking the meter")
            .RequireAuthorization(Permissions.EnergyWrite);
    }

    public static async Task<Ok<Paged<AlertItem>>> ListAlerts([AsParameters] AlertQuery q, [AsParameters] ApiServices api)
    {
        var query = api.Db.MeterAlerts.AsNoTracking();
        if (q.Open ?? true) query = query.Where(a => a.ClosedAt == null);
        if (q.ParkId is { } park) query = query.Where(a => a.ParkId == park);
        if (q.Kind is { } kind) query = query.Where(a => a.Kind == kind);
        query = query.SortBy(q.Sort, q.Desc ?? true, SortKeys, "raisedAt", a => a.Id);
        return TypedResults.Ok(await Rows(api.Db, query).ToPagedAsync(q, api.Ct));
    }

    public static Results<Ok<AlertRulesItem>, ProblemHttpResult> GetAlertRules([AsParameters] ApiServices api)
    {
        var rules = MeterAlertRules.InForce(api.Clock.Today());
        if (rules is null) return Problems.NotFound();
        var en = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);
        return TypedResults.Ok(new AlertRulesItem(rules.SilentHours, rules.JumpFactor, rules.TypicalIntervals, rules.MinimumIntervals, rules.Official,
            en ? rules.NoteEn : rules.Note, rules.From));
    }

    public static async Task<Ok<AlertCheckResult>> CheckAlerts(MeterAlertCheck check, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await check.RunAsync(api.Ct));

    public static async Task<Results<Ok<AlertItem>, ValidationProblem, ProblemHttpResult>> CloseAlert(Guid id, VersionInput input,
        [AsParameters] ApiServices api)
    {
        var alert = await api.Db.MeterAlerts.FirstOrDefaultAsync(a => a.Id == id, api.Ct);
        if (alert is null) return Problems.NotFound();
        if (input.Version is null) return Problems.Validation(new Errors().Add("version", "required"));
        if (alert.ClosedAt is not null) return Problems.Conflict("energy.alert_closed");
        api.Db.ExpectVersion(alert, input.Version.Value);
        alert.ClosedAt = api.Clock.GetUtcNow();
        return await api.Db.SaveOrConflictAsync(() => Rows(api.Db, api.Db.MeterAlerts.AsNoTracking().Where(a => a.Id == id)).FirstOrDefaultAsync(api.Ct),
            api.Ct);
    }

    private static IQueryable<AlertItem> Rows(AppDbContext db, IQueryable<MeterAlert> query) =>
        query.Join(db.Meters, a => a.MeterId, m => m.Id, (a, m) => new AlertItem(a.Id, a.MeterId, m.Code, m.Name, a.ParkId,
            db.Parks.Where(p => p.Id == a.ParkId).Select(p => p.Name).First(), a.Kind, a.At, a.Consumption, a.Typical, a.RaisedAt, a.ClosedAt,
            a.Version));
}
