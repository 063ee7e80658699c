namespace Torchbase.FaultTests;

/// <summary>Meters for a drill, written straight into its database, and the readings stored for them read back the same way.</summary>
public static class MeterFixture
{
    public sealed record StoredReading(string Meter, DateTimeOffset At, decimal Value);

    /// <summary>Adds <paramref name="count"/> lighting meters to the first park of the bureau user's zone; the zone's id and the codes.</summary>
    public static async Task<(string Zone, List<string> Codes)> CreateAsync(DrillDatabase database, string prefix, int count)
    {
        var postgres = database.Provider == DrillEnvironment.Postgres;
        var zone = (await database.RowsAsync("SELECT \"ZoneId\" FROM \"AspNetUsers\" WHERE \"UserName\" = 'bureau'")).Single()[0]!.ToString()!;
        var codes = Enumerable.Range(1, count).Select(i => prefix + i).ToList();
        foreach (var code in codes)
        {
            var id = postgres ? $"CAST('{Guid.NewGuid()}' AS uuid)" : $"'{Guid.NewGuid().ToString().ToUpperInvariant()}'";
            await database.ScalarAsync(
                "INSERT INTO \"Meters\" (\"Id\", \"ZoneId\", \"ParkId\", \"BuildingId\", \"Code\", \"Name\", \"Kind\", \"Purpose\", \"Unit\", \"Active\", " +
                "\"BaselineYear\", \"BaselineMonthly\", \"Version\") " +
                $"SELECT {id}, p.\"ZoneId\", p.\"Id\", NULL, '{code}', '演练照明回路 {code}', 'Electricity', 'Lighting', 'Kwh', {(postgres ? "true" : "1")}, " +
                "NULL, NULL, 0 FROM \"Parks\" p JOIN \"AspNetUsers\" u ON u.\"ZoneId\" = p.\"ZoneId\" WHERE u.\"UserName\" = 'bureau' " +
                "ORDER BY p.\"Name\" LIMIT 1");
        }
        return (zone, codes);
    }

    /// <summary>Every reading stored for the meters whose code starts with the prefix (instants in UTC).</summary>
    public static async Task<List<StoredReading>> ReadingsAsync(DrillDatabase database, string prefix)
    {
        var rows = await database.RowsAsync("SELECT m.\"Code\", r.\"At\", r.\"Value\" FROM \"MeterReadings\" r " +
            $"JOIN \"Meters\" m ON m.\"Id\" = r.\"MeterId\" WHERE m.\"Code\" LIKE '{prefix}%'");
        return [.. rows.Select(r => new StoredReading((string)r[0]!, Instant(r[1]!), Convert.ToDecimal(r[2]!)))];
    }

    /// <summary>PostgreSQL: a timestamptz (UTC). SQLite: EF Core's DateTimeOffsetToBinaryConverter (ticks / 1000, shifted over 11 bits of offset).</summary>
    private static DateTimeOffset Instant(object value) => value switch
    {
        DateTime t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
        DateTimeOffset o => o.ToUniversalTime(),
        long binary => new DateTimeOffset((binary >> 11) * 1000 - (long)(((binary & 0x400) != 0 ? (binary & 0x7FF) - 0x800 : binary & 0x7FF)
            * TimeSpan.TicksPerMinute), TimeSpan.Zero),
        _ => throw new InvalidCastException($"An instant of type {value.GetType()}"),
    };
}
