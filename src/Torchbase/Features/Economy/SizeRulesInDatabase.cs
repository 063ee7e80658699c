using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Features.Economy;

/// <summary>
/// The size rules (<see cref="AboveDesignatedSize"/>) as the database's triggers read them to keep <see cref="ParkResearchTotal"/>:
/// written at start-up when they differ from the rules file, and then the totals counted again from every report, in one
/// transaction. On PostgreSQL both tables are locked meanwhile, so a write made at the same time is counted once, by the new rules.
/// </summary>
public static class SizeRulesInDatabase
{
    /// <summary>Brings the database's rules in line with the rules file; true when they had to change.</summary>
    public static async Task<bool> EnsureAsync(AppDbContext db, CancellationToken ct)
    {
        var wanted = SizeRulePrefix.Of(AboveDesignatedSize.Versions).Select(r => r.ToString()).Order().ToList();
        async Task<bool> InLine() => (await db.SizeRulePrefixes.AsNoTracking().ToListAsync(ct)).Select(r => r.ToString()).Order().SequenceEqual(wanted);
        // Every host starting reads the rules; only a change takes the locks, and the host that gets them first writes it.
        if (await InLine()) return false;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlRawAsync(
                    """LOCK TABLE "SizeRulePrefixes" IN ACCESS EXCLUSIVE MODE; LOCK TABLE "ParkResearchTotals" IN EXCLUSIVE MODE""", ct);
            if (await InLine()) return false;

            await db.SizeRulePrefixes.ExecuteDeleteAsync(ct);
            foreach (var r in SizeRulePrefix.Of(AboveDesignatedSize.Versions))
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "SizeRulePrefixes" ("FromYear", "UntilYear", "Prefix", "Industrial", "Figure", "ThresholdWan")
                    VALUES ({r.FromYear}, {r.UntilYear}, {r.Prefix}, {r.Industrial}, {r.Figure}, {r.ThresholdWan})
                    """, ct);
            await RecountAsync(db, ct);
            await transaction.CommitAsync(ct);
            return true;
        });
    }

    /// <summary>Counts the totals again from the reports (the view <c>IndustrialAboveReports</c> classifies them by the rules held).</summary>
    public static async Task RecountAsync(AppDbContext db, CancellationToken ct)
    {
        await db.ParkResearchTotals.ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "ParkResearchTotals" ("ZoneId", "ParkId", "Year", "IndustrialAbove", "WithResearch")
            SELECT "ZoneId", "ParkId", "Year", count(*), sum(CASE WHEN "RdExpense" > 0 THEN 1 ELSE 0 END)
            FROM "IndustrialAboveReports" GROUP BY "ZoneId", "ParkId", "Year"
            """, ct);
    }
}
