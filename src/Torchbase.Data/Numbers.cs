using Microsoft.EntityFrameworkCore;

namespace Torchbase.Data;

/// <summary>
/// Running numbers drawn from the database, so that any number of hosts on it never hand out the same one: one statement
/// raises the series' row and returns the new value, and the row lock it takes makes a second drawer (on any host) wait
/// for the first and read past it. A number drawn for a save that then fails is not given again (a gap, as with a sequence).
/// </summary>
public static class Numbers
{
    /// <summary>
    /// The next number of a series. <paramref name="atLeast"/> is the highest number already stored for it (rows imported or
    /// entered by hand, rows from before the series existed): the series continues above it.
    /// </summary>
    public static async Task<int> NextAsync(AppDbContext db, string series, int atLeast, CancellationToken ct)
    {
        // The same statement on SQLite (3.35+) and PostgreSQL; it commits on its own unless a transaction is open.
        var drawn = await db.Database.SqlQuery<int>($"""
            INSERT INTO "NumberSeries" ("Name", "Last") VALUES ({series}, {atLeast + 1})
            ON CONFLICT ("Name") DO UPDATE SET "Last" = CASE WHEN "NumberSeries"."Last" > {atLeast} THEN "NumberSeries"."Last" + 1 ELSE {atLeast + 1} END
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return drawn.Single();
    }
}
