using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Projects;

namespace Torchbase.Features.Projects;

/// <summary>
/// The start-up step that brings projects entered before the 入库 date and the monthly funds were recorded up to date. It works
/// through the model (the same on SQLite and PostgreSQL), is audited like any change, and is idempotent: a second run finds nothing to do.
/// </summary>
public static class ProjectDefaults
{
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    public static async Task EnsureAsync(AppDbContext db, CancellationToken ct = default)
    {
        // 入库: a project without one takes its creation date, the day of its first stage record (录入台账).
        var undated = await db.Projects.IgnoreQueryFilters().Where(p => p.EnteredOn == DateOnly.MinValue)
            .Select(p => new { Project = p, First = p.StageChanges.OrderBy(c => c.On).Select(c => (DateOnly?)c.On).FirstOrDefault() })
            .ToListAsync(ct);
        foreach (var u in undated) u.Project.EnteredOn = u.First ?? u.Project.StageChangedOn;

        // The old running total of funds in place becomes one month's arrival, in the month it was last changed (as the audit log
        // tells it; the month of the last stage change when the log has no such change), added to any arrival of that month.
        var totals = await db.Projects.IgnoreQueryFilters().Where(p => p.ActualFunds != 0).Include(p => p.FundsArrivals).ToListAsync(ct);
        foreach (var project in totals)
        {
            var id = project.Id.ToString();
            var logged = await db.AuditEntries.AsNoTracking()
                .Where(a => a.Entity == nameof(Project) && a.EntityId == id && a.Changes != null && a.Changes.Contains("\"ActualFunds\""))
                .Select(a => new { a.At, a.Changes }).ToListAsync(ct);
            var changes = logged.Where(a => SetsFunds(a.Changes!)).Select(a => a.At).ToList();
            var month = changes.Count > 0 ? DateOnly.FromDateTime(changes.Max().ToOffset(ChinaTime).DateTime) : project.StageChangedOn;
            var arrival = project.FundsArrivals.FirstOrDefault(f => f.Year == month.Year && f.Month == month.Month);
            if (arrival is null)
                project.FundsArrivals.Add(arrival = new ProjectFundsArrival { ProjectId = project.Id, Year = month.Year, Month = month.Month });
            arrival.Amount += project.ActualFunds;
            arrival.Note ??= "原实际到位资金合计";
            project.ActualFunds = 0;
        }
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
    }

    /// <summary>Whether a logged change gave the running total a value (a project created with none does not count).</summary>
    private static bool SetsFunds(string changes)
    {
        try
        {
            using var json = JsonDocument.Parse(changes);
            if (!json.RootElement.TryGetProperty("ActualFunds", out var change) || change.ValueKind != JsonValueKind.Object) return false;
            var after = change.EnumerateObject().FirstOrDefault(p => p.Name.Equals("after", StringComparison.OrdinalIgnoreCase)).Value;
            return after.ValueKind switch
            {
                JsonValueKind.Number => after.GetDecimal() != 0,
                JsonValueKind.String => decimal.TryParse(after.GetString(), CultureInfo.InvariantCulture, out var d) && d != 0,
                _ => false,
            };
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
