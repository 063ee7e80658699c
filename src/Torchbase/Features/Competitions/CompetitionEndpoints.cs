using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Common;
using Torchbase.Domain.Competitions;
using Torchbase.Domain.Contest;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Competitions;

/// <summary>Innovation and entrepreneurship competitions (创新创业大赛): set-up, entrants, the panel's sheets, ranking, awards and leads.</summary>
public static class CompetitionEndpoints
{
    public static void MapCompetitionEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/competitions").WithTags("Competitions");
        var read = group.MapGroup("").RequireAuthorization(Permissions.CompetitionsRead);
        var write = group.MapGroup("").RequireAuthorization(Permissions.CompetitionsWrite);

        read.MapGet("/", ListCompetitions)
            .WithName(nameof(ListCompetitions))
            .WithSummary("The zone's competitions, searched, filtered by year, sorted and paged");
        read.MapGet("/export", ExportCompetitions)
            .WithName(nameof(ExportCompetitions))
            .WithSummary("The competitions as an .xlsx");
        read.MapGet("/{id:guid}", GetCompetition)
            .WithName(nameof(GetCompetition))
            .WithSummary("One competition with its rounds, prize tiers, panel and statistics computed from the entrants");
        write.MapPost("/", CreateCompetition)
            .WithName(nameof(CreateCompetition))
            .WithSummary("Create a competition in the caller's zone");
        write.MapPut("/{id:guid}", UpdateCompetition)
            .WithName(nameof(UpdateCompetition))
            .WithSummary("Edit a competition's name, year, rounds, prize tiers and panel");
        read.MapGet("/{id:guid}/entrants", ListEntrants)
            .WithName(nameof(ListEntrants))
            .WithSummary("A competition's entrants, searched, filtered by round, award, match and industry, sorted and paged");
        read.MapGet("/{id:guid}/entrants/export", ExportEntrants)
            .WithName(nameof(ExportEntrants))
            .WithSummary("A competition's entrants as an .xlsx");
        write.MapPost("/{id:guid}/entrants", AddEntrant)
            .WithName(nameof(AddEntrant))
            .WithSummary("Enter an enterprise of the registry or a team in the first round");
        write.MapPut("/{id:guid}/entrants/{entrantId:guid}", UpdateEntrant)
            .WithName(nameof(UpdateEntrant))
            .WithSummary("Edit an entrant: project, round reached, award, match (对接合作), amount signed and declared conflicts");
        read.MapGet("/{id:guid}/entrants/{entrantId:guid}/scores", GetEntrantScores)
            .WithName(nameof(GetEntrantScores))
            .WithSummary("The panel's scores for an entrant in one round");
        write.MapPut("/{id:guid}/entrants/{entrantId:guid}/scores", SetEntrantScores)
            .WithName(nameof(SetEntrantScores))
            .WithSummary("Enter the panel's scores (0–100) for an entrant in one round");
        read.MapGet("/{id:guid}/ranking", GetRanking)
            .WithName(nameof(GetRanking))
            .WithSummary("A round's ranking by the trimmed mean of the panel's scores, conflicts excluded, ties sharing a rank");
        write.MapPost("/{id:guid}/rounds/{round:int}/advance", AdvanceRound)
            .WithName(nameof(AdvanceRound))
            .WithSummary("Move the entrants ranked within the round's advance count on to the next round");
        write.MapPost("/{id:guid}/awards", AwardPrizes)
            .WithName(nameof(AwardPrizes))
            .WithSummary("Give the prize tiers by the ranking of the last round");
        write.MapPost("/{id:guid}/entrants/{entrantId:guid}/project", EntrantToProject)
            .WithName(nameof(EntrantToProject))
            .WithSummary("Turn a matched entrant into a project lead on the ledger (以赛招商); a second time is a conflict")
            .RequireAuthorization(Permissions.ProjectsWrite);
    }

    private static readonly Dictionary<string, System.Linq.Expressions.Expression<Func<Competition, object?>>> SortKeys = new()
    {
        ["year"] = c => c.Year, ["name"] = c => c.Name, ["heldOn"] = c => c.HeldOn,
    };

    private static IQueryable<CompetitionItem> Listed(AppDbContext db, CompetitionListQuery q)
    {
        var rows = db.Competitions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search)) rows = rows.Where(c => c.Name.Contains(q.Search.Trim()));
        if (q.Year is { } year) rows = rows.Where(c => c.Year == year);
        return rows.SortBy(q.Sort, q.Desc ?? q.Sort is null, SortKeys, "year", c => c.Id)
            .Select(c => new CompetitionItem(c.Id, c.Name, c.Year, c.HeldOn, c.Rounds.Count,
                db.CompetitionEntrants.Count(e => e.CompetitionId == c.Id), db.CompetitionEntrants.Count(e => e.CompetitionId == c.Id && e.Matched),
                db.CompetitionEntrants.Where(e => e.CompetitionId == c.Id && e.Matched).Sum(e => e.SignedAmountWan ?? 0), c.IsDemo));
    }

    public static async Task<Ok<Paged<CompetitionItem>>> ListCompetitions([AsParameters] CompetitionListQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Listed(api.Db, q).ToPagedAsync(q, api.Ct));

    public static async Task<IResult> ExportCompetitions([AsParameters] CompetitionListQuery q, [AsParameters] ApiServices api)
    {
        var items = await Listed(api.Db, q).ToListAsync(api.Ct);
        return Export.Xlsx("创新创业大赛", ["年度", "名称", "举办日期", "赛程轮数", "参赛数", "对接合作数", "签约金额（万元）"],
            items.Select(i => (IReadOnlyList<object?>)[i.Year, i.Name, i.HeldOn, i.Rounds, i.Entrants, i.Matched, i.SignedAmountWan]), api.Clock);
    }

    public static async Task<Results<Ok<CompetitionDetail>, ProblemHttpResult>> GetCompetition(Guid id, [AsParameters] ApiServices api) =>
        await DetailAsync(api.Db, id, api.Ct) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound();

    /// <summary>
    /// Entrants with only the columns <see cref="CompetitionStatistics"/> sums, so a competition of thousands of entrants stays
    /// one light query.
    /// </summary>
    internal static IQueryable<CompetitionEntrant> ForStatistics(IQueryable<CompetitionEntrant> entrants) =>
        entrants.AsNoTracking().Select(e => new CompetitionEntrant
        {
            CompetitionId = e.CompetitionId, EntrantName = "", ProjectTitle = "", Matched = e.Matched, SignedAmountWan = e.SignedAmountWan,
            AwardLevel = e.AwardLevel, ProjectId = e.ProjectId,
        });

    internal static async Task<CompetitionDetail?> DetailAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        var c = await db.Competitions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var entrants = await ForStatistics(db.CompetitionEntrants.Where(e => e.CompetitionId == id)).ToListAsync(ct);
        var industries = await db.CompetitionEntrants.AsNoTracking().Where(e => e.CompetitionId == id && e.Industry != null)
            .Select(e => e.Industry!).Distinct().OrderBy(i => i).ToArrayAsync(ct);
        return new CompetitionDetail(c.Id, c.Name, c.Year, c.HeldOn,
            c.Rounds.OrderBy(r => r.Index).Select(r => new RoundDto(r.Index, r.Name, r.AdvanceCount)).ToArray(),
            c.Prizes.OrderBy(p => p.Level).Select(p => new CompetitionPrizeDto(p.Level, p.Name, p.Count, p.AmountWan)).ToArray(),
            c.Judges.OrderBy(j => j.Name, StringComparer.Ordinal).Select(j => new CompetitionJudgeDto(j.Id, j.Name)).ToArray(),
            CompetitionStatistics.Of(entrants, c.Prizes), industries, c.IsDemo, c.Version);
    }

    public static async Task<Results<Created<CompetitionDetail>, ValidationProblem, ProblemHttpResult>> CreateCompetition(
        CompetitionInput input, [AsParameters] ApiServices api)
    {
        if (api.Db.Scope.HomeZoneId is not { } zone) return Problems.Of(StatusCodes.Status403Forbidden, "competition_no_zone");
        var errors = Validate(input, null, [], []);
        if (errors.Any) return Problems.Validation(errors);
        var competition = new Competition { Name = "", ZoneId = zone };
        Apply(competition, input);
        api.Db.Competitions.Add(competition);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/competitions/{competition.Id}", (await DetailAsync(api.Db, competition.Id, api.Ct))!);
    }

    public static async Task<Results<Ok<CompetitionDetail>, ValidationProblem, ProblemHttpResult>> UpdateCompetition(
        Guid id, CompetitionInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var competition = await db.Competitions.FirstOrDefaultAsync(c => c.Id == id, api.Ct);
        if (competition is null) return Problems.NotFound();
        var furthest = await db.CompetitionEntrants.Where(e => e.CompetitionId == id).MaxAsync(e => (int?)e.RoundReached, api.Ct);
        var awarded = await db.CompetitionEntrants.Where(e => e.CompetitionId == id && e.AwardLevel != null)
            .Select(e => e.AwardLevel!.Value).Distinct().ToListAsync(api.Ct);
        var scored = await db.CompetitionScores.Where(s => s.CompetitionId == id).Select(s => s.JudgeId).Distinct().ToListAsync(api.Ct);
        var errors = Validate(input, competition, awarded, scored);
        if (input.Version is null) errors.Add("version", "required");
        if (furthest is { } f && input.Rounds is { } rounds && rounds.Length <= f) errors.Add("rounds", "competition_round_in_use", f + 1);
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(competition, input.Version!.Value);
        Apply(competition, input);
        return await db.SaveOrConflictAsync(() => DetailAsync(db, id, api.Ct), api.Ct);
    }

    private static Errors Validate(CompetitionInput input, Competition? existing, List<int> awardedLevels, List<Guid> scoringJudges)
    {
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, Limits.Name);
        if (input.Year is null) errors.Add("year", "required");
        else if (input.Year is < 2000 or > 2100) errors.Add("year", "between", 2000, 2100);
        if (input.Rounds is not { Length: > 0 }) errors.Add("rounds", "required");
        else
            for (var i = 0; i < input.Rounds.Length; i++)
            {
                var r = input.Rounds[i];
                errors.Required($"rounds[{i}].name", r?.Name).MaxLength($"rounds[{i}].name", r?.Name, Limits.ShortName);
                var last = i == input.Rounds.Length - 1;
                if (!last && r?.AdvanceCount is null) errors.Add($"rounds[{i}].advanceCount", "required");
                if (r?.AdvanceCount is < 1) errors.Add($"rounds[{i}].advanceCount", "between", 1, int.MaxValue);
                if (last && r?.AdvanceCount is not null) errors.Add($"rounds[{i}].advanceCount", "competition_last_round_advances");
            }
        var prizes = input.Prizes ?? [];
        for (var i = 0; i < prizes.Length; i++)
        {
            var p = prizes[i];
            errors.Required($"prizes[{i}].name", p?.Name).MaxLength($"prizes[{i}].name", p?.Name, Limits.ShortName);
            if (p?.Count is null) errors.Add($"prizes[{i}].count", "required");
            else if (p.Count is < 1 or > 10_000) errors.Add($"prizes[{i}].count", "between", 1, 10_000);
            if (p?.AmountWan is null) errors.Add($"prizes[{i}].amountWan", "required");
            else errors.Amount($"prizes[{i}].amountWan", p.AmountWan);
        }
        foreach (var level in awardedLevels.Where(l => l > prizes.Length)) errors.Add("prizes", "competition_prize_awarded", level);
        var judges = input.Judges ?? [];
        for (var i = 0; i < judges.Length; i++)
        {
            var j = judges[i];
            errors.Required($"judges[{i}].name", j?.Name).MaxLength($"judges[{i}].name", j?.Name, Limits.ShortName);
            if (j?.Id is { } jid && existing?.Judges.All(x => x.Id != jid) != false) errors.Add($"judges[{i}].id", "invalid_value");
        }
        var kept = judges.Where(j => j?.Id is not null).Select(j => j!.Id!.Value).ToHashSet();
        if (scoringJudges.Any(j => !kept.Contains(j))) errors.Add("judges", "competition_judge_has_scores");
        return errors;
    }

    private static void Apply(Competition c, CompetitionInput input)
    {
        c.Name = input.Name!.Trim();
        c.Year = input.Year!.Value;
        c.HeldOn = input.HeldOn;
        c.Rounds = input.Rounds!.Select((r, i) => new CompetitionRound { Index = i, Name = r.Name!.Trim(), AdvanceCount = r.AdvanceCount }).ToList();
        c.Prizes = (input.Prizes ?? []).Select((p, i) => new CompetitionPrize
        {
            Level = i + 1, Name = p.Name!.Trim(), Count = p.Count!.Value, AmountWan = p.AmountWan!.Value,
        }).ToList();
        c.Judges = (input.Judges ?? []).Select(j => new CompetitionJudge { Id = j.Id ?? Guid.NewGuid(), Name = j.Name!.Trim() }).ToList();
    }

    private static readonly Dictionary<string, System.Linq.Expressions.Expression<Func<CompetitionEntrant, object?>>> EntrantSortKeys = new()
    {
        ["entrantName"] = e => e.EntrantName, ["projectTitle"] = e => e.ProjectTitle, ["industry"] = e => e.Industry,
        ["roundReached"] = e => e.RoundReached, ["awardLevel"] = e => e.AwardLevel, ["signedAmountWan"] = e => e.SignedAmountWan,
    };

    private static async Task<List<EntrantItem>> ItemsAsync(AppDbContext db, Competition c, IQueryable<CompetitionEntrant> rows, CancellationToken ct)
    {
        var list = await rows.Select(e => new { e, Project = db.Projects.Where(p => p.Id == e.ProjectId).Select(p => p.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return list.Select(x => ToItem(c, x.e, x.Project)).ToList();
    }

    private static EntrantItem ToItem(Competition c, CompetitionEntrant e, string? projectName) => new(
        e.Id, e.CompetitionId, e.EnterpriseId, e.EntrantName, e.ProjectTitle, e.Industry, e.RoundReached,
        c.Rounds.FirstOrDefault(r => r.Index == e.RoundReached)?.Name, e.AwardLevel, c.Prizes.FirstOrDefault(p => p.Level == e.AwardLevel)?.Name,
        e.Matched, e.SignedAmountWan, e.ProjectId, projectName, e.Conflicts.Select(x => x.JudgeId).ToArray(), e.Version);

    private static IQueryable<CompetitionEntrant> Entrants(AppDbContext db, Guid id, EntrantQuery q)
    {
        var rows = db.CompetitionEntrants.AsNoTracking().Where(e => e.CompetitionId == id);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            rows = rows.Where(e => e.EntrantName.Contains(s) || e.ProjectTitle.Contains(s));
        }
        if (q.Round is { } round) rows = rows.Where(e => e.RoundReached == round);
        // award=0 asks for the entrants without a prize.
        if (q.Award is 0) rows = rows.Where(e => e.AwardLevel == null);
        else if (q.Award is { } award) rows = rows.Where(e => e.AwardLevel == award);
        if (q.Matched is { } matched) rows = rows.Where(e => e.Matched == matched);
        if (!string.IsNullOrWhiteSpace(q.Industry)) rows = rows.Where(e => e.Industry == q.Industry);
        return rows.SortBy(q.Sort, q.Desc ?? false, EntrantSortKeys, "entrantName", e => e.Id);
    }

    public static async Task<Results<Ok<Paged<EntrantItem>>, ProblemHttpResult>> ListEntrants(
        Guid id, [AsParameters] EntrantQuery q, [AsParameters] ApiServices api)
    {
        var c = await api.Db.Competitions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (c is null) return Problems.NotFound();
        var rows = Entrants(api.Db, id, q);
        var total = await rows.CountAsync(api.Ct);
        var items = await ItemsAsync(api.Db, c, rows.Skip((q.PageNumber - 1) * q.Size).Take(q.Size), api.Ct);
        return TypedResults.Ok(new Paged<EntrantItem>(items, total, q.PageNumber, q.Size));
    }

    public static async Task<IResult> ExportEntrants(Guid id, [AsParameters] EntrantQuery q, [AsParameters] ApiServices api)
    {
        var c = await api.Db.Competitions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (c is null) return Problems.NotFound();
        var items = await ItemsAsync(api.Db, c, Entrants(api.Db, id, q), api.Ct);
        return Export.Xlsx("参赛项目", ["参赛主体", "项目", "行业", "晋级轮次", "奖项", "对接合作", "签约金额（万元）", "转入项目"],
            items.Select(i => (IReadOnlyList<object?>)[i.EntrantName, i.ProjectTitle, i.Industry, i.RoundName, i.AwardName, i.Matched ? "是" : "否",
                i.SignedAmountWan, i.ProjectName]), api.Clock);
    }

    public static async Task<Results<Created<EntrantItem>, ValidationProblem, ProblemHttpResult>> AddEntrant(
        Guid id, EntrantInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var c = await db.Competitions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (c is null) return Problems.NotFound();
        var (errors, name) = await ValidateAsync(db, c, input, api.Ct);
        if (errors.Any) return Problems.Validation(errors);
        var entrant = new CompetitionEntrant { ZoneId = c.ZoneId, CompetitionId = id, EntrantName = name!, ProjectTitle = "" };
        Apply(entrant, input, name!);
        db.CompetitionEntrants.Add(entrant);
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/competitions/{id}/entrants/{entrant.Id}", ToItem(c, entrant, null));
    }

    public static async Task<Results<Ok<EntrantItem>, ValidationProblem, ProblemHttpResult>> UpdateEntrant(
        Guid id, Guid entrantId, EntrantInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var c = await db.Competitions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        var entrant = await db.CompetitionEntrants.FirstOrDefaultAsync(e => e.Id == entrantId && e.CompetitionId == id, api.Ct);
        if (c is null || entrant is null) return Problems.NotFound();
        var (errors, name) = await ValidateAsync(db, c, input, api.Ct);
        if (input.Version is null) errors.Add("version", "required");
        // Once the lead is a project the match stands: unmatching would leave a project that came from nowhere.
        if (entrant.ProjectId is not null && input.Matched == false) errors.Add("matched", "competition_matched_is_project");
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(entrant, input.Version!.Value);
        Apply(entrant, input, name!);
        return await db.SaveOrConflictAsync(async () =>
        {
            var rows = db.CompetitionEntrants.AsNoTracking().Where(e => e.Id == entrantId);
            return (await ItemsAsync(db, c, rows, api.Ct)).FirstOrDefault();
        }, api.Ct);
    }

    private static async Task<(Errors, string?)> ValidateAsync(AppDbContext db, Competition c, EntrantInput input, CancellationToken ct)
    {
        var errors = new Errors().Required("projectTitle", input.ProjectTitle).MaxLength("projectTitle", input.ProjectTitle, Limits.Title)
            .MaxLength("teamName", input.TeamName, Limits.Title).MaxLength("industry", input.Industry, Limits.ShortName)
            .Amount("signedAmountWan", input.SignedAmountWan);
        string? name = null;
        if (input.EnterpriseId is { } enterpriseId)
        {
            name = await db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId && e.ZoneId == c.ZoneId).Select(e => e.Name).FirstOrDefaultAsync(ct);
            if (name is null) errors.Add("enterpriseId", "unknown_enterprise");
            if (!string.IsNullOrWhiteSpace(input.TeamName)) errors.Add("teamName", "competition_team_or_enterprise");
        }
        else if (string.IsNullOrWhiteSpace(input.TeamName)) errors.Add("teamName", "required");
        else name = input.TeamName.Trim();
        if (input.RoundReached is { } round && (round < 0 || round >= c.Rounds.Count)) errors.Add("roundReached", "between", 0, c.Rounds.Count - 1);
        if (input.AwardLevel is { } level)
        {
            if (c.Prizes.All(p => p.Level != level)) errors.Add("awardLevel", "invalid_value");
            else if (input.RoundReached != c.Rounds.Count - 1) errors.Add("awardLevel", "competition_award_last_round");
        }
        if (input.SignedAmountWan is not null && input.Matched != true) errors.Add("signedAmountWan", "competition_signed_needs_match");
        if (input.SignedAmountWan < 0) errors.Add("signedAmountWan", "not_negative");
        foreach (var judge in input.ConflictedJudges ?? [])
            if (c.Judges.All(j => j.Id != judge)) errors.Add("conflictedJudges", "invalid_value");
        return (errors, name);
    }

    private static void Apply(CompetitionEntrant e, EntrantInput input, string name)
    {
        e.EnterpriseId = input.EnterpriseId;
        e.EntrantName = name;
        e.ProjectTitle = input.ProjectTitle!.Trim();
        e.Industry = string.IsNullOrWhiteSpace(input.Industry) ? null : input.Industry.Trim();
        e.RoundReached = input.RoundReached ?? 0;
        e.AwardLevel = input.AwardLevel;
        e.Matched = input.Matched ?? false;
        e.SignedAmountWan = input.SignedAmountWan;
        var wanted = (input.ConflictedJudges ?? []).Distinct().ToHashSet();
        e.Conflicts.RemoveAll(x => !wanted.Contains(x.JudgeId));
        foreach (var judge in wanted.Where(j => e.Conflicts.All(x => x.JudgeId != j))) e.Conflicts.Add(new EntrantConflict { JudgeId = judge });
    }

    public static async Task<Results<Ok<EntrantScores>, ValidationProblem, ProblemHttpResult>> GetEntrantScores(
        Guid id, Guid entrantId, int? round, [AsParameters] ApiServices api)
    {
        var entrant = await api.Db.CompetitionEntrants.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entrantId && e.CompetitionId == id, api.Ct);
        if (entrant is null) return Problems.NotFound();
        if (round is null) return Problems.Validation(new Errors().Add("round", "required"));
        var scores = await api.Db.CompetitionScores.AsNoTracking().Where(s => s.EntrantId == entrantId && s.Round == round)
            .Select(s => new ScoreLine(s.JudgeId, s.Score)).ToArrayAsync(api.Ct);
        return TypedResults.Ok(new EntrantScores(entrantId, round.Value, scores));
    }

    public static async Task<Results<Ok<EntrantScores>, ValidationProblem, ProblemHttpResult>> SetEntrantScores(
        Guid id, Guid entrantId, ScoresInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var c = await db.Competitions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        var entrant = await db.CompetitionEntrants.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entrantId && e.CompetitionId == id, api.Ct);
        if (c is null || entrant is null) return Problems.NotFound();
        var errors = new Errors();
        if (input.Round is null) errors.Add("round", "required");
        else if (input.Round < 0 || input.Round > entrant.RoundReached) errors.Add("round", "competition_round_not_reached");
        if (input.Scores is null) errors.Add("scores", "required");
        var lines = input.Scores ?? [];
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i]?.JudgeId is not { } judge || c.Judges.All(j => j.Id != judge)) errors.Add($"scores[{i}].judgeId", "invalid_value");
            if (lines[i]?.Score is not { } score) errors.Add($"scores[{i}].score", "required");
            else if (!CompetitionRules.ValidScore(score)) errors.Add($"scores[{i}].score", "competition_score_range");
        }
        if (lines.Select(l => l?.JudgeId).Distinct().Count() != lines.Length) errors.Add("scores", "competition_judge_twice");
        if (errors.Any) return Problems.Validation(errors);
        var round = input.Round!.Value;
        await db.CompetitionScores.Where(s => s.EntrantId == entrantId && s.Round == round).ExecuteDeleteAsync(api.Ct);
        db.CompetitionScores.AddRange(lines.Select(l => new CompetitionScore
        {
            ZoneId = c.ZoneId, CompetitionId = id, EntrantId = entrantId, Round = round, JudgeId = l.JudgeId!.Value, Score = l.Score!.Value,
        }));
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Ok(new EntrantScores(entrantId, round, lines.Select(l => new ScoreLine(l.JudgeId, l.Score)).ToArray()));
    }

    private static async Task<RankingDto> RankAsync(AppDbContext db, Competition c, int round, CancellationToken ct)
    {
        var entrants = await db.CompetitionEntrants.AsNoTracking().Where(e => e.CompetitionId == c.Id && e.RoundReached >= round).ToListAsync(ct);
        var marks = await db.CompetitionScores.AsNoTracking().Where(s => s.CompetitionId == c.Id && s.Round == round)
            .Select(s => new CompetitionRules.Mark(s.JudgeId, s.EntrantId, s.Score)).ToListAsync(ct);
        var last = round == c.Rounds.Count - 1;
        var r = c.Rounds.First(x => x.Index == round);
        var prizes = last ? c.Prizes.OrderBy(p => p.Level).Select(p => new PrizeLevel(p.Name, p.Count, p.AmountWan)).ToList() : [];
        var entries = entrants.Select(e => new CompetitionRules.Entry(e.Id, e.EntrantName, e.Conflicts.Select(x => x.JudgeId).ToList()));
        var result = CompetitionRules.Rank(r.Name, entries,
            c.Judges.Select(j => j.Id).ToList(), marks, prizes);
        var titles = entrants.ToDictionary(e => e.Id, e => e.ProjectTitle);
        return new RankingDto(round, r.Name, last, r.AdvanceCount,
            result.Units.Select(u => new RankingLine(u.UnitId, u.Name, titles[u.UnitId], u.Rank, u.Score, u.SheetsCounted, u.SheetsExpected,
                u.Excluded.Where(x => x.Reason == ExclusionReason.ConflictOfInterest).Select(x => x.JudgeId).ToArray(), [.. u.Flags], u.Prize,
                u.PrizeAmountWan)).ToArray(),
            last || r.AdvanceCount is null ? [] : [.. CompetitionRules.Advancing(result, r.AdvanceCount.Value)]);
    }

    public static async Task<Results<Ok<RankingDto>, ValidationProblem, ProblemHttpResult>> GetRanking(Guid id, int? round, [AsParameters] ApiServices api)
    {
        var c = await api.Db.Competitions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (c is null) return Problems.NotFound();
        var r = round ?? 0;
        if (r < 0 || r >= c.Rounds.Count) return Problems.Validation(new Errors().Add("round", "between", 0, c.Rounds.Count - 1));
        return TypedResults.Ok(await RankAsync(api.Db, c, r, api.Ct));
    }

    public static async Task<Results<Ok<RankingDto>, ValidationProblem, ProblemHttpResult>> AdvanceRound(Guid id, int round, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var c = await db.Competitions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (c is null) return Problems.NotFound();
        if (round < 0 || round >= c.Rounds.Count - 1) return Problems.Validation(new Errors().Add("round", "between", 0, c.Rounds.Count - 2));
        var ranking = await RankAsync(db, c, round, api.Ct);
        var going = ranking.Advancing.ToHashSet();
        // Entrants of this round only: one that already went further keeps its place.
        var entrants = await db.CompetitionEntrants.Where(e => e.CompetitionId == id && e.RoundReached == round).ToListAsync(api.Ct);
        foreach (var e in entrants.Where(e => going.Contains(e.Id))) e.RoundReached = round + 1;
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Ok(ranking);
    }

    public static async Task<Results<Ok<RankingDto>, ProblemHttpResult>> AwardPrizes(Guid id, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var c = await db.Competitions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (c is null) return Problems.NotFound();
        var last = c.Rounds.Count - 1;
        var ranking = await RankAsync(db, c, last, api.Ct);
        var level = c.Prizes.ToDictionary(p => p.Name, p => p.Level);
        var prizeOf = ranking.Lines.Where(l => l.Prize is not null).ToDictionary(l => l.EntrantId, l => level[l.Prize!]);
        var entrants = await db.CompetitionEntrants.Where(e => e.CompetitionId == id && (e.RoundReached == last || e.AwardLevel != null)).ToListAsync(api.Ct);
        foreach (var e in entrants) e.AwardLevel = prizeOf.TryGetValue(e.Id, out var l) ? l : null;
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Ok(ranking);
    }

    public static async Task<Results<Created<LeadResult>, ValidationProblem, ProblemHttpResult>> EntrantToProject(
        Guid id, Guid entrantId, LeadInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var c = await db.Competitions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        var entrant = await db.CompetitionEntrants.FirstOrDefaultAsync(e => e.Id == entrantId && e.CompetitionId == id, api.Ct);
        if (c is null || entrant is null) return Problems.NotFound();
        if (entrant.ProjectId is { } existing) return await LeadProjects.AlreadyAsync(db, existing, api.Ct);
        if (!entrant.Matched) return Problems.Conflict("competition_entrant_not_matched");
        var lead = new LeadProjects.Lead(c.ZoneId, input.Name ?? entrant.ProjectTitle, entrant.EntrantName,
            input.PlannedInvestment ?? entrant.SignedAmountWan ?? 0, Domain.Projects.ProjectSource.Competition, c.Name);
        return await LeadProjects.CreateAsync(api, input, lead, p => entrant.ProjectId = p.Id, entrantId);
    }
}
