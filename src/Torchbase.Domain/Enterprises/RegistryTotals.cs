namespace Torchbase.Domain.Enterprises;

/// <summary>
/// How many active enterprises a park holds, kept by the database itself: triggers on <c>Enterprises</c> update the row in the
/// transaction of every write (registration, a status change, a move to another park), whichever host or import writes it.
/// The dashboard reads these few rows instead of counting the registry. The application never writes them.
/// </summary>
public sealed class ParkEnterpriseTotal
{
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public int ActiveEnterprises { get; set; }
}

/// <summary>
/// The revenue of a park's active enterprises in one year, from their accepted yearly reports that state it, kept by triggers on
/// <c>Enterprises</c> and <c>AnnualReports</c> as <see cref="ParkEnterpriseTotal"/> is. <see cref="Reports"/> counts the reports
/// summed: a year whose count is back to 0 has no revenue to show, not a revenue of 0.
/// </summary>
public sealed class ParkRevenueTotal
{
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public int Year { get; set; }
    public decimal Revenue { get; set; }
    public int Reports { get; set; }
}
