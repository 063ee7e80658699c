using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Torchbase.Data;
using Torchbase.Domain.Energy;
using Torchbase.Http;

namespace Torchbase.Features.Energy;

/// <summary>A reading as a feed sends it: the meter's code in its zone, the instant and the register's cumulative value.</summary>
public sealed record MeterReadingInput(string MeterCode, DateTimeOffset At, decimal Value);

/// <summary>A reading that was not stored, and why: <see cref="Reason"/> is a text key (<c>energy.unknown_meter</c>…).</summary>
public sealed record RejectedMeterReading(int Index, string MeterCode, DateTimeOffset At, decimal Value, string Reason);

/// <summary>
/// What a call stored: new readings, readings already stored with the same value (duplicates, not errors), and the rejected ones
/// with their reasons, in the order given.
/// </summary>
public sealed record MeterReadingStoreResult(int Stored, int Duplicates, IReadOnlyList<RejectedMeterReading> Rejected);

/// <summary>
/// Stores meter readings from any source — a manual entry, an import, the live feed — idempotently by meter and instant: each batch
/// goes in with <c>INSERT … ON CONFLICT DO NOTHING</c> (the same statement on SQLite and PostgreSQL), so a reading delivered twice,
/// by one host or two, is stored once. Codes are resolved in the given zone (and the caller's scope: a park officer reaches the
/// meters of the officer's park only). An unknown code, a negative or too large value, or a second reading of a meter at the same
/// instant with another value is rejected and reported, never thrown; the stored value is kept.
/// Instants are stored in UTC, so the same instant written with two offsets is one reading. The daily rollup of the days that
/// received readings is kept in the same transaction (<see cref="MeterDayRollup"/>).
/// </summary>
public sealed class MeterReadingStore(AppDbContext db)
{
    /// <summary>Rows per INSERT statement: three parameters each, well inside both providers' limits.</summary>
    private const int Chunk = 500;

    public const string UnknownMeter = "energy.unknown_meter";
    public const string NegativeValue = "energy.negative_reading";
    public const string TooLarge = "energy.reading_too_large";
    public const string ConflictingValue = "energy.conflicting_reading";

    public async Task<MeterReadingStoreResult> StoreAsync(Guid zoneId, IReadOnlyList<MeterReadingInput> readings, CancellationToken ct)
    {
        var rejected = new List<RejectedMeterReading>();
        var codes = readings.Select(r => r.MeterCode?.Trim() ?? "").Where(c => c.Length > 0).Distinct().ToList();
        var meters = codes.Count == 0 ? [] : await db.Meters.AsNoTracking()
            .Where(m => m.ZoneId == zoneId && codes.Contains(m.Code))
            .Select(m => new { m.Id, m.Code }).ToDictionaryAsync(m => m.Code, m => m.Id, StringComparer.Ordinal, ct);

        // Checked, then one row per meter and instant: a repeat inside the batch is a duplicate, or a conflict with another value.
        var rows = new Dictionary<(Guid Meter, DateTimeOffset At), (decimal Value, int Index)>();
        var duplicates = 0;
        for (var i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            var reason = !meters.TryGetValue(r.MeterCode?.Trim() ?? "", out var meterId) ? UnknownMeter
                : r.Value < 0 ? NegativeValue
                : r.Value > Errors.MaxAmount ? TooLarge
                : null;
            var key = (meterId, r.At.ToUniversalTime());
            if (reason is null && rows.TryGetValue(key, out var earlier))
            {
                if (earlier.Value == r.Value) duplicates++;
                else reason = ConflictingValue;
                if (reason is null) continue;
            }
            if (reason is not null)
            {
                rejected.Add(new RejectedMeterReading(i, r.MeterCode ?? "", r.At, r.Value, reason));
                continue;
            }
            rows[key] = (r.Value, i);
        }
        if (rows.Count == 0) return new MeterReadingStoreResult(0, duplicates, rejected);

        var stored = 0;
        if (db.Database.CurrentTransaction is not null) stored = await WriteAsync(zoneId, rows, ct);
        else
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                stored = await WriteAsync(zoneId, rows, ct);
                await tx.CommitAsync(ct);
            });

        // What was not inserted was there already: the same value is a duplicate, another value a conflict (the stored one stays).
        if (stored < rows.Count)
        {
            var conflicts = await ConflictsAsync(rows, ct);
            foreach (var (key, (value, index)) in conflicts.OrderBy(c => c.Value.Index))
                rejected.Add(new RejectedMeterReading(index, readings[index].MeterCode, readings[index].At, value, ConflictingValue));
            duplicates += rows.Count - stored - conflicts.Count;
        }
        return new MeterReadingStoreResult(stored, duplicates, [.. rejected.OrderBy(r => r.Index)]);
    }

    /// <summary>
    /// Inserts the rows in chunks, skipping those already stored, and recomputes the daily rollup of the days that received readings;
    /// one audit entry for the batch. Returns how many went in.
    /// </summary>
    private async Task<int> WriteAsync(Guid zoneId, Dictionary<(Guid Meter, DateTimeOffset At), (decimal Value, int Index)> rows,
        CancellationToken ct)
    {
        var type = db.Model.FindEntityType(typeof(MeterReading))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        IProperty[] columns = [type.FindProperty(nameof(MeterReading.MeterId))!, type.FindProperty(nameof(MeterReading.At))!,
            type.FindProperty(nameof(MeterReading.Value))!];
        var names = columns.Select(c => $"\"{c.GetColumnName(table)}\"").ToArray();
        // The rows actually inserted come back (RETURNING, on both databases): only their days are recomputed, so a reading stored
        // already changes nothing.
        var inserted = new List<(Guid Meter, DateOnly Day)>();
        foreach (var chunk in rows.Chunk(Chunk))
        {
            var sql = new StringBuilder($"INSERT INTO \"{table.Name}\" ({string.Join(", ", names)}) VALUES ");
            await using var command = await MeterDayRollup.CommandAsync(db, "", ct);
            for (var i = 0; i < chunk.Length; i++)
            {
                var ((meter, at), (value, _)) = chunk[i];
                sql.Append(i == 0 ? "" : ", ").Append($"(@p{i * 3}, @p{i * 3 + 1}, @p{i * 3 + 2})");
                // Parameters made by the columns' own mappings: as EF Core writes them (a Guid as text on SQLite, …).
                for (var c = 0; c < 3; c++)
                    command.Parameters.Add(columns[c].GetRelationalTypeMapping()
                        .CreateParameter(command, $"@p{i * 3 + c}", c == 0 ? meter : c == 1 ? at : value));
            }
            sql.Append($" ON CONFLICT ({names[0]}, {names[1]}) DO NOTHING RETURNING {names[0]}, {names[1]}");
            command.CommandText = sql.ToString();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                inserted.Add((MeterDayRollup.Read<Guid>(reader, 0, columns[0]),
                    Consumption.DayOf(MeterDayRollup.Read<DateTimeOffset>(reader, 1, columns[1]))));
        }
        var stored = inserted.Count;
        if (stored > 0)
        {
            await MeterDayRollup.LockMetersAsync(db, inserted.Select(d => d.Meter), ct);
            await MeterDayRollup.RecomputeAsync(db, inserted, ct);
            DataChangeInterceptor.Wrote(db, typeof(MeterDay));
            DataChangeInterceptor.Wrote(db, typeof(MeterReading));
            db.AuditEntries.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(), At = db.Clock.GetUtcNow(), UserId = db.Scope.UserId, UserName = db.Scope.UserName ?? "system",
                ZoneId = zoneId, Action = AuditActions.Created, Entity = nameof(MeterReading),
                Summary = $"{stored} meter readings stored",
            });
            await db.SaveChangesAsync(ct);
        }
        return stored;
    }

    /// <summary>The rows whose meter and instant hold another value than the one given.</summary>
    private async Task<List<KeyValuePair<(Guid Meter, DateTimeOffset At), (decimal Value, int Index)>>> ConflictsAsync(
        Dictionary<(Guid Meter, DateTimeOffset At), (decimal Value, int Index)> rows, CancellationToken ct)
    {
        var conflicts = new List<KeyValuePair<(Guid Meter, DateTimeOffset At), (decimal Value, int Index)>>();
        foreach (var meter in rows.GroupBy(r => r.Key.Meter))
        {
            var from = meter.Min(r => r.Key.At);
            var to = meter.Max(r => r.Key.At);
            var storedValues = await db.MeterReadings.AsNoTracking()
                .Where(r => r.MeterId == meter.Key && r.At >= from && r.At <= to)
                .Select(r => new { r.At, r.Value }).ToListAsync(ct);
            var byAt = storedValues.ToDictionary(r => r.At.ToUniversalTime(), r => r.Value);
            conflicts.AddRange(meter.Where(r => byAt.TryGetValue(r.Key.At, out var v) && !SameValue(v, r.Value.Value)));
        }
        return conflicts;
    }

    /// <summary>SQLite keeps decimals as doubles: a value read back equals the one written to the stored precision (3 places).</summary>
    private static bool SameValue(decimal stored, decimal given) => Math.Round(stored, 3) == Math.Round(given, 3);
}
