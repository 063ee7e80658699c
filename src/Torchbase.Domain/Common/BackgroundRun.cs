namespace Torchbase.Domain.Common;

/// <summary>What a background run does.</summary>
public enum RunKind
{
    /// <summary>After yearly reports or titles land in bulk: cultivation results of the enterprises concerned, then the points boards.</summary>
    Reevaluation,
}

public enum RunState { Queued, Running, Done, Failed }

/// <summary>Where a re-evaluation run stands: evaluating the enterprises, then scoring the points boards year by year.</summary>
public enum RunStep { Evaluating, Scoring }

/// <summary>
/// Work that follows a request and outlives it (a re-evaluation after an import), kept in the database so that its
/// progress can be read and a run left unfinished by a stopped host is picked up again on the next start.
/// </summary>
public sealed class BackgroundRun : IZoneOwned
{
    public Guid Id { get; set; }
    public RunKind Kind { get; set; }
    public Guid ZoneId { get; set; }
    public RunState State { get; set; }
    public RunStep Step { get; set; }
    /// <summary>The enterprises to evaluate and how many of them are evaluated so far.</summary>
    public int Total { get; set; }
    public int Done { get; set; }
    /// <summary>The enterprises concerned, as comma-separated ids in the order they are evaluated.</summary>
    public string EnterpriseIds { get; set; } = "";
    /// <summary>The years of the rows that were written (comma-separated); the boards scored are decided from them when scoring starts.</summary>
    public string Years { get; set; } = "";
    /// <summary>The years whose points boards are scored (comma-separated), and the one being scored now.</summary>
    public string ScoredYears { get; set; } = "";
    public int? ScoringYear { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    /// <summary>
    /// Until when the host working the run holds it; renewed while it works. Another host takes a running run up only once
    /// this has passed (its host stopped or died).
    /// </summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public static string Join<T>(IEnumerable<T> values) => string.Join(",", values);

    public static List<Guid> Ids(string joined) => [.. joined.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];

    public static int[] YearsOf(string joined) =>
        [.. joined.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(y => int.Parse(y, System.Globalization.CultureInfo.InvariantCulture))];
}
