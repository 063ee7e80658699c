using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Torchbase.Data;
using Torchbase.Domain.Energy;

namespace Torchbase.Features.Energy;

/// <summary>
/// Keeps the daily rollup (<see cref="MeterDay"/>): a (meter, China day) row is recomputed from that day's readings with one upsert,
/// the same statement on SQLite and PostgreSQL, so the row is exact whatever order the readings came in (a day holds at most a few
/// hundred readings, read through the readings' key). The reading store calls it for the days it inserted readings into, in its
/// transaction; <see cref="RebuildAsync"/> fills it for readings stored before the rollup existed (start-up after the migration,
/// the demo, the <c>energy-rollup</c> command).
/// </summary>
public static class MeterDayRollup
{
    /// <summary>Days per statement: four parameters each.</summary>
    private const int Chunk = 500;

    /// <summary>The readings of the day <c>d</c> (meter <c>column1</c>, instants from <c>column3</c> to before <c>column4</c>).</summary>
    private const string DayReadings = "FROM \"MeterReadings\" r WHERE r.\"MeterId\" = d.column1 AND r.\"At\" >= d.column3 AND r.\"At\" < d.column4";

    /// <summary>Recomputes the rows of the given meters' days from their readings (a day without readings gets no row).</summary>
    public static async Task RecomputeAsync(AppDbContext db, IEnumerable<(Guid Meter, DateOnly Day)> days, CancellationToken ct)
    {
        var type = db.Model.FindEntityType(typeof(MeterReading))!;
        var meterId = type.FindProperty(nameof(MeterReading.MeterId))!;
        var at = type.FindProperty(nameof(MeterReading.At))!;
        foreach (var chunk in days.Distinct().Order().Chunk(Chunk))
        {
            var sql = new StringBuilder("INSERT INTO \"MeterDays\" (\"MeterId\", \"Day\", \"FirstAt\", \"FirstValue\", \"LastAt\", \"LastValue\", ")
                .Append("\"Consumption\", \"Resets\") SELECT d.column1, d.column2, ")
                .Append($"(SELECT r.\"At\" {DayReadings} ORDER BY r.\"At\" LIMIT 1), (SELECT r.\"Value\" {DayReadings} ORDER BY r.\"At\" LIMIT 1), ")
                .Append($"(SELECT r.\"At\" {DayReadings} ORDER BY r.\"At\" DESC LIMIT 1), ")
                .Append($"(SELECT r.\"Value\" {DayReadings} ORDER BY r.\"At\" DESC LIMIT 1), ")
                // The day's own intervals; rounded to the stored 3 places (SQLite subtracts doubles).
                .Append("(SELECT coalesce(round(sum(CASE WHEN x.delta > 0 THEN x.delta ELSE 0 END), 3), 0) FROM ")
                .Append($"(SELECT r.\"Value\" - lag(r.\"Value\") OVER (ORDER BY r.\"At\") AS delta {DayReadings}) x), ")
                .Append($"(SELECT count(*) FROM (SELECT r.\"Value\" - lag(r.\"Value\") OVER (ORDER BY r.\"At\") AS delta {DayReadings}) x ")
                .Append("WHERE x.delta < 0) FROM (VALUES ");
            var parameters = new List<object>(chunk.Length * 4);
            for (var i = 0; i < chunk.Length; i++)
            {
                var (meter, day) = chunk[i];
                sql.Append(i == 0 ? "" : ", ").Append($"({{{i * 4}}}, {{{i * 4 + 1}}}, {{{i * 4 + 2}}}, {{{i * 4 + 3}}})");
                parameters.Add(Provider(meterId, meter));
                parameters.Add(day);
                parameters.Add(Provider(at, Consumption.DayStart(day).ToUniversalTime()));
                parameters.Add(Provider(at, Consumption.DayStart(day.AddDays(1)).ToUniversalTime()));
            }
            // SQLite reads "SELECT … ON CONFLICT" as an upsert only after a WHERE clause; this one also skips days without readings.
            sql.Append($") d WHERE EXISTS (SELECT 1 {DayReadings}) ON CONFLICT (\"MeterId\", \"Day\") DO UPDATE SET ")
                .Append("\"FirstAt\" = excluded.\"FirstAt\", \"FirstValue\" = excluded.\"FirstValue\", \"LastAt\" = excluded.\"LastAt\", ")
                .Append("\"LastValue\" = excluded.\"LastValue\", \"Consumption\" = excluded.\"Consumption\", \"Resets\" = excluded.\"Resets\"");
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        }
    }

    /// <summary>
    /// On PostgreSQL, holds the given meters until the transaction ends (an advisory lock per meter, taken in one order), so two
    /// transactions storing readings of the same meter recompute its days one after the other, each seeing the other's readings.
    /// SQLite has one writer at a time already.
    /// </summary>
    public static async Task LockMetersAsync(AppDbContext db, IEnumerable<Guid> meters, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        var ids = meters.Distinct().Order().ToArray();
        if (ids.Length == 0) return;
        await db.Database.ExecuteSqlRawAsync(
            "SELECT pg_advisory_xact_lock(hashtextextended(m::text, 8803)) FROM (SELECT unnest({0}::uuid[]) AS m ORDER BY 1) s",
            [ids], ct);
    }

    /// <summary>
    /// Fills the rollup from the readings already stored: every day from each meter's first reading to its last (all meters, or
    /// those given), in statements of <see cref="Chunk"/> days each committed on its own — it can run again at any time and gives
    /// the same rows. Returns how many days were looked at.
    /// </summary>
    public static async Task<int> RebuildAsync(AppDbContext db, CancellationToken ct, IReadOnlyCollection<Guid>? meters = null)
    {
        var type = db.Model.FindEntityType(typeof(MeterReading))!;
        var at = type.FindProperty(nameof(MeterReading.At))!;
        var meterId = type.FindProperty(nameof(MeterReading.MeterId))!;
        var spans = new List<(Guid Meter, DateOnly First, DateOnly Last)>();
        await using (var command = await CommandAsync(db,
            "SELECT \"MeterId\", min(\"At\"), max(\"At\") FROM \"MeterReadings\" GROUP BY \"MeterId\"", ct))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                spans.Add((Read<Guid>(reader, 0, meterId), Consumption.DayOf(Read<DateTimeOffset>(reader, 1, at)),
                    Consumption.DayOf(Read<DateTimeOffset>(reader, 2, at))));
        var wanted = meters?.ToHashSet();
        var days = spans.Where(s => wanted is null || wanted.Contains(s.Meter))
            .SelectMany(s => Enumerable.Range(0, s.Last.DayNumber - s.First.DayNumber + 1).Select(i => (s.Meter, s.First.AddDays(i))))
            .ToList();
        foreach (var chunk in days.Chunk(Chunk)) await RecomputeAsync(db, chunk, ct);
        DataChangeInterceptor.Wrote(db, typeof(MeterDay));
        return days.Count;
    }

    /// <summary>
    /// The <c>energy-rollup</c> command: rebuilds the whole rollup from the readings (after readings were written past the store, by
    /// a manual repair or a bulk load), printing how many days it looked at and how long it took.
    /// </summary>
    public static async Task<int> CommandAsync(IServiceProvider services, TextWriter output)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var days = await RebuildAsync(db, CancellationToken.None);
        await output.WriteLineAsync($"Energy daily rollup rebuilt: {days} meter-days in {watch.ElapsedMilliseconds} ms.");
        return 0;
    }

    /// <summary>A command on the context's connection, in its transaction when it has one.</summary>
    internal static async Task<DbCommand> CommandAsync(AppDbContext db, string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    /// <summary>A column read back as the model stores it (SQLite keeps instants as numbers, see the context's conventions).</summary>
    internal static T Read<T>(DbDataReader reader, int ordinal, Microsoft.EntityFrameworkCore.Metadata.IProperty property)
    {
        if (property.GetTypeMapping().Converter is { } converter)
            return (T)converter.ConvertFromProvider(Convert.ChangeType(reader.GetValue(ordinal), converter.ProviderClrType,
                System.Globalization.CultureInfo.InvariantCulture))!;
        return reader.GetFieldValue<T>(ordinal);
    }

    internal static object Provider(Microsoft.EntityFrameworkCore.Metadata.IProperty property, object value) =>
        property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value)! : value;
}
