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

/// <summary>
/// 规上工业企业 of a park in one year and those of them with R&amp;D activity (R&amp;D expense above zero), from the accepted yearly
/// reports of its enterprises (whatever their status: a report counts for the year it describes), kept by triggers on
/// <c>Enterprises</c> and <c>AnnualReports</c>. Each report is classified by the size rules in force for its year as the database
/// holds them (<see cref="SizeRulePrefix"/>), from its enterprise's industry code and its own figures.
/// </summary>
public sealed class ParkResearchTotal
{
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public int Year { get; set; }
    public int IndustrialAbove { get; set; }
    public int WithResearch { get; set; }
}

/// <summary>
/// One industry-code prefix of a size rule version (<see cref="AboveDesignatedSize"/>) as the database's triggers read it: the
/// years the version decides (<see cref="FromYear"/> inclusive, <see cref="UntilYear"/> exclusive: a version decides a year when
/// it is in force on the year's last day), the class's figure and threshold, or a declaration when <see cref="Figure"/> is null.
/// The host writes these rows from the rules file at start-up; a report's class is the one with the longest matching prefix.
/// </summary>
public sealed class SizeRulePrefix
{
    public int FromYear { get; set; }
    public int? UntilYear { get; set; }
    public string Prefix { get; set; } = "";
    public bool Industrial { get; set; }
    public string? Figure { get; set; }
    public decimal? ThresholdWan { get; set; }

    /// <summary>Whether the version of this row decides the year (as <see cref="AboveDesignatedSize.InForce"/> picks it).</summary>
    public bool Decides(int year) => FromYear <= year && (UntilYear is null || year < UntilYear);

    /// <summary>The rows of the rule versions, one per prefix of each class.</summary>
    public static IReadOnlyList<SizeRulePrefix> Of(IEnumerable<SizeRuleVersion> versions) =>
    [
        .. from v in versions
           from c in v.Classes
           from p in c.Prefixes
           select new SizeRulePrefix
           {
               // In force on 31 December of a year: from the year of its first day; until (exclusive) the year of its end, whose
               // last day it no longer covers.
               FromYear = v.From.Year, UntilYear = v.Until?.Year, Prefix = p, Industrial = c.Industrial,
               Figure = c.Declaration is null ? c.Figure : null, ThresholdWan = c.Declaration is null ? c.ThresholdWan : null,
           },
    ];

    /// <summary>The same rows, in a form two sets can be compared by.</summary>
    public override string ToString() => $"{FromYear}-{UntilYear}:{Prefix}:{Industrial}:{Figure}:{ThresholdWan:0.####}";
}
