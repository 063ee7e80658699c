using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Contest;
using Torchbase.Http;

namespace Torchbase.Features.Contest;

public static class ContestQueries
{
    private static readonly Dictionary<string, System.Linq.Expressions.Expression<Func<UnitContest, object?>>> SortKeys = new()
    {
        ["year"] = c => c.Year, ["name"] = c => c.Name, ["status"] = c => c.Status, ["heldOn"] = c => c.HeldOn,
    };

    public static IQueryable<ContestItem> List(AppDbContext db, ContestListQuery q)
    {
        var contests = db.Contests.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search)) contests = contests.Where(c => c.Name.Contains(q.Search.Trim()));
        if (q.Year is { } year) contests = contests.Where(c => c.Year == year);
        if (q.Status is { } status) contests = contests.Where(c => c.Status == status);
        // Newest year first unless the caller sorts otherwise.
        return contests.SortBy(q.Sort, q.Desc ?? q.Sort is null, SortKeys, "year", c => c.Id)
            .Select(c => new ContestItem(c.Id, c.Year, c.Name, c.Status, c.HeldOn,
                db.ContestCategories.Count(k => k.ContestId == c.Id), db.ContestUnits.Count(u => u.ContestId == c.Id), c.Judges.Count, c.IsDemo));
    }

    /// <summary>The whole set-up of a contest (a few dozen rows): loaded in three queries.</summary>
    public static async Task<ContestDetail?> DetailAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        var contest = await db.Contests.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contest is null) return null;
        var categories = await db.ContestCategories.AsNoTracking().Where(c => c.ContestId == id).OrderBy(c => c.SortOrder).ToListAsync(ct);
        var units = await db.ContestUnits.AsNoTracking().Where(u => u.ContestId == id).ToListAsync(ct);
        var headIds = units.Where(u => u.HeadUserId != null).Select(u => u.HeadUserId!.Value).Distinct().ToList();
        var heads = await db.Users.AsNoTracking().Where(u => headIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return new ContestDetail(contest.Id, contest.Year, contest.Name, contest.Status, contest.HeldOn, contest.Method, contest.TrimEach,
            contest.TieBreakers, Aspects(contest),
            contest.Judges.OrderBy(j => j.DisplayName).Select(j => new JudgeDto(j.UserId, j.DisplayName)).ToArray(),
            categories.Select(c => new CategoryDto(c.Id, c.Name, c.SortOrder,
                c.Prizes.OrderBy(p => p.Level).Select(p => new PrizeDto(p.Name, p.Count, p.AmountWan)).ToArray(),
                units.Where(u => u.CategoryId == c.Id).OrderBy(u => u.DrawPosition ?? int.MaxValue).ThenBy(u => u.Name, StringComparer.Ordinal)
                    .Select(u => new UnitDto(u.Id, u.CategoryId, u.Name, u.HeadUserId, u.HeadUserId is { } h ? heads.GetValueOrDefault(h) : null,
                        u.DrawPosition))
                    .ToArray())).ToArray(),
            contest.Draws.Select(ToDto).ToArray(), contest.IsDemo, contest.Version);
    }

    public static AspectDto[] Aspects(UnitContest contest) =>
        contest.Aspects.OrderBy(a => a.SortOrder).Select(a => new AspectDto(a.Code, a.Name, a.MaxScore, a.Weight)).ToArray();

    public static DrawDto ToDto(ContestDraw d) =>
        new(d.CategoryId, d.Seed, d.Algorithm, Split(d.Input), Split(d.Result), d.DrawnAt, d.DrawnBy);

    public static string[] Split(string ids) => ids.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Everything scoring needs, read once: contest, categories, units and the submitted sheets.</summary>
    public sealed record Snapshot(UnitContest Contest, List<ContestCategory> Categories, List<ContestUnit> Units, List<ScoreSheet> Sheets);

    public static async Task<Snapshot?> SnapshotAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        var contest = await db.Contests.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contest is null) return null;
        var categories = await db.ContestCategories.AsNoTracking().Where(c => c.ContestId == id).OrderBy(c => c.SortOrder).ToListAsync(ct);
        var units = await db.ContestUnits.AsNoTracking().Where(u => u.ContestId == id).ToListAsync(ct);
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => s.ContestId == id).ToListAsync(ct);
        return new Snapshot(contest, categories, units, sheets);
    }

    public static ContestResults Results(Snapshot s)
    {
        var c = s.Contest;
        var rules = new ScoringRules(c.Method, c.TrimEach,
            c.Aspects.OrderBy(a => a.SortOrder).Select(a => new AspectRule(a.Code, a.Name, a.MaxScore, a.Weight)).ToList(),
            TieBreaker.ParseList(c.TieBreakers) ?? []);
        var panel = c.Judges.Select(j => j.UserId).ToList();
        var judgeNames = c.Judges.ToDictionary(j => j.UserId, j => j.DisplayName);
        var submitted = s.Sheets.Where(x => x.Locked)
            .Select(x => new SubmittedSheet(x.JudgeUserId, x.UnitId, x.Scores.ToDictionary(v => v.AspectCode, v => v.Score))).ToList();
        var categories = s.Categories.Select(category =>
        {
            var units = s.Units.Where(u => u.CategoryId == category.Id)
                .Select(u => new UnitEntry(u.Id, u.Name, u.DrawPosition, u.HeadUserId)).ToList();
            var unitIds = units.Select(u => u.UnitId).ToHashSet();
            var prizes = category.Prizes.OrderBy(p => p.Level).Select(p => new PrizeLevel(p.Name, p.Count, p.AmountWan)).ToList();
            var result = ContestScoring.RankCategory(rules, new Domain.Contest.CategoryInput(category.Name, units, prizes), panel,
                submitted.Where(x => unitIds.Contains(x.UnitId)));
            return new CategoryResults(category.Id, category.Name, result.PrizesPlanned, result.PrizesAwarded, result.FundsWan,
                result.Units.Select(u => new ResultLine(u.UnitId, u.Name, u.DrawPosition, u.Rank,
                    u.Score is { } v ? Math.Round(v, rules.Decimals, MidpointRounding.AwayFromZero) : null,
                    u.Aspects.ToDictionary(a => a.Code, a => Math.Round(a.Average, rules.Decimals, MidpointRounding.AwayFromZero)),
                    u.SheetsCounted, u.SheetsTrimmed, u.SheetsExpected,
                    u.Excluded.Select(e => new ExcludedSheet(judgeNames.GetValueOrDefault(e.JudgeId, "?"), e.Reason)).ToArray(),
                    [.. u.Flags.Distinct()], u.TieBrokenBy, u.Prize, u.PrizeAmountWan)).ToArray());
        }).ToArray();
        var (done, expected) = Counts(s);
        return new ContestResults(c.Id, c.Year, c.Name, c.Status, c.Method, c.TrimEach, c.TieBreakers, Aspects(c), done, expected, categories);
    }

    /// <summary>Sheets submitted and sheets expected (every judge × every unit, less each head's own unit).</summary>
    public static (int Submitted, int Expected) Counts(Snapshot s)
    {
        var panel = s.Contest.Judges.Select(j => j.UserId).ToHashSet();
        var expected = s.Units.Sum(u => panel.Count - (u.HeadUserId is { } h && panel.Contains(h) ? 1 : 0));
        var submitted = s.Sheets.Count(x => x.Locked && panel.Contains(x.JudgeUserId) && s.Units.Any(u => u.Id == x.UnitId && u.HeadUserId != x.JudgeUserId));
        return (submitted, expected);
    }

    public static ContestProgress Progress(Snapshot s)
    {
        var sheets = s.Sheets.ToDictionary(x => (x.UnitId, x.JudgeUserId));
        var cells = (from u in s.Units
                     from j in s.Contest.Judges
                     let state = u.HeadUserId == j.UserId ? SheetState.Conflict
                         : sheets.TryGetValue((u.Id, j.UserId), out var sheet) ? (sheet.Locked ? SheetState.Submitted : SheetState.Draft)
                         : SheetState.Open
                     select new ProgressCell(u.Id, j.UserId, state)).ToArray();
        var judges = s.Contest.Judges.OrderBy(j => j.DisplayName).Select(j => new ProgressJudge(j.UserId, j.DisplayName,
            cells.Count(c => c.JudgeUserId == j.UserId && c.State == SheetState.Submitted),
            cells.Count(c => c.JudgeUserId == j.UserId && c.State != SheetState.Conflict))).ToArray();
        var order = s.Categories.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var units = s.Units.OrderBy(u => order.GetValueOrDefault(u.CategoryId)).ThenBy(u => u.DrawPosition ?? int.MaxValue)
            .ThenBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new ProgressUnit(u.Id, u.Name, u.CategoryId, u.DrawPosition,
                cells.Count(c => c.UnitId == u.Id && c.State == SheetState.Submitted),
                cells.Count(c => c.UnitId == u.Id && c.State != SheetState.Conflict))).ToArray();
        var (done, expected) = Counts(s);
        return new ContestProgress(s.Contest.Status, done, expected, judges, units, cells);
    }
}
