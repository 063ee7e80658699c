using Microsoft.AspNetCore.Http.HttpResults;
using Torchbase.Spreadsheets;

namespace Torchbase.Http;

public static class Export
{
    /// <summary>An .xlsx download named after the list and the day, e.g. 企业库-20261123.xlsx.</summary>
    public static FileContentHttpResult Xlsx(string name, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, TimeProvider clock)
    {
        var bytes = XlsxWriter.ToBytes(name, headers, rows);
        return TypedResults.File(bytes, XlsxWriter.ContentType, $"{name}-{clock.Today():yyyyMMdd}.xlsx");
    }
}

public static class ClockExtensions
{
    /// <summary>China Standard Time (UTC+8, no daylight saving): the zone's clock, whatever the server's time zone.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Today in China Standard Time: the zone's working day.</summary>
    public static DateOnly Today(this TimeProvider clock) => clock.GetUtcNow().ChinaDate();

    /// <summary>The day an instant falls on in China Standard Time.</summary>
    public static DateOnly ChinaDate(this DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ChinaOffset).DateTime);
}
