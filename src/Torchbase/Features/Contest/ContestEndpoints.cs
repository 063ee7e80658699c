using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Contest;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Contest;

/// <summary>Contest list and set-up: the organiser (contest.manage) builds it; readers (contest.read) see it.</summary>
public static class ContestEndpoints
{
    public static void MapContestEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/contests").WithTags("Contest");
        var read = group.MapGroup("").RequireAuthorization(Permissions.ContestRead);
        var manage = group.MapGroup("").RequireAuthorization(Permissions.ContestManage);

        read.MapGet("/", ListContests)
            .WithName(nameof(ListContests))
            .WithSummary("The unit contests, searched, filtered, sorted and paged");
        read.MapGet("/export", ExportContests)
            .WithName(nameof(ExportContests))
            .WithSummary("The unit contests as an .xlsx");
        read.MapGet("/{id:guid}", GetContest)
            .WithName(nameof(GetContest))
            .WithSummary("One contest with its aspects, categories, units, judges and draws");
        manage.MapPost("/", CreateContest)
            .WithName(nameof(CreateContest))
            .WithSummary("Create a contest in the caller's zone from the standard template");
        manage.MapPut("/{id:guid}", UpdateContestSettings)
            .WithName(nameof(UpdateContestSettings))
            .WithSummary("Change a contest's settings while it is being set up");
        manage.MapDelete("/{id:guid}", DeleteContest)
            .WithName(nameof(DeleteContest))
            .WithSummary("Delete a contest that is still being set up");
        manage.MapPost("/{id:guid}/categories", AddContestCategory)
            .WithName(nameof(AddContestCategory))
            .WithSummary("Add a category with its prizes");
        manage.MapPut("/{id:guid}/categories/{categoryId:guid}", UpdateContestCategory)
            .WithName(nameof(UpdateContestCategory))
            .WithSummary("Edit a category and its prizes");
        manage.MapDelete("/{id:guid}/categories/{categoryId:guid}", DeleteContestCategory)
            .WithName(nameof(DeleteContestCategory))
            .WithSummary("Remove a category that has no units");
        manage.MapPost("/{id:guid}/units", AddContestUnit)
            .WithName(nameof(AddContestUnit))
            .WithSummary("Enter a unit in a category; the category is drawn again");
        manage.MapPut("/{id:guid}/units/{unitId:guid}", UpdateContestUnit)
            .WithName(nameof(UpdateContestUnit))
            .WithSummary("Rename a unit, move it to another category or change its head");
        manage.MapDelete("/{id:guid}/units/{unitId:guid}", DeleteContestUnit)
            .WithName(nameof(DeleteContestUnit))
            .WithSummary("Withdraw a unit; its category is drawn again");
        manage.MapPut("/{id:guid}/judges", SetContestJudges)
            .WithName(nameof(SetContestJudges))
            .WithSummary("Set the judging panel, until results are published");
        manage.MapGet("/{id:guid}/candidates", ListContestCandidates)
            .WithName(nameof(ListContestCandidates))
            .WithSummary("The zone's users who may judge or head a unit, contest judges first");

        ContestDrawEndpoints.Map(group);
        ContestJudgingEndpoints.Map(group);
    }

    public static async Task<Ok<Paged<ContestItem>>> ListContests([AsParameters] ContestListQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await ContestQueries.List(api.Db, q).ToPagedAsync(q, api.Ct));

    public static async Task<IResult> ExportContests([AsParameters] ContestListQuery q, [AsParameters] ApiServices api)
    {
        var items = await ContestQueries.List(api.Db, q).ToListAsync(api.Ct);
        return Export.Xlsx("夺标赛", ["年度", "名称", "状态", "举办日期", "类别数", "参赛单位数", "评委数"],
            items.Select(i => (IReadOnlyList<object?>)[i.Year, i.Name, ContestSheet.StatusName(i.Status), i.HeldOn, i.CategoryCount, i.UnitCount,
                i.JudgeCount]),
            api.Clock);
    }

    public static async Task<Results<Ok<ContestDetail>, ProblemHttpResult>> GetContest(Guid id, [AsParameters] ApiServices api) =>
        await ContestQueries.DetailAsync(api.Db, id, api.Ct) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound();

    public static async Task<Results<Created<ContestDetail>, ValidationProblem, ProblemHttpResult>> CreateContest(ContestCreate input,
        [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var errors = ContestValidation.Validate(input, api.Clock.Today().Year);
        if (db.Scope.HomeZoneId is not { } zoneId) return Problems.Of(StatusCodes.Status403Forbidden, "contest.no_zone");
        if (errors.Any) return Problems.Validation(errors);
        var contest = ContestFactory.FromTemplate(zoneId, input.Year!.Value, input.Name!.Trim(), input.HeldOn, out var categories);
        db.Contests.Add(contest);
        db.ContestCategories.AddRange(categories);
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/contests/{contest.Id}", (await ContestQueries.DetailAsync(db, contest.Id, api.Ct))!);
    }

    public static async Task<Results<Ok<ContestDetail>, ValidationProblem, ProblemHttpResult>> UpdateContestSettings(Guid id, ContestSettings input,
        [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var contest = await db.Contests.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, api.Ct);
        if (contest is null) return Problems.NotFound();
        if (contest.Status != ContestStatus.Setup) return Problems.Conflict("contest.locked");
        var errors = ContestValidation.Validate(input, api.Clock.Today().Year);
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(contest, input.Version!.Value);
        contest.Name = input.Name!.Trim();
        contest.Year = input.Year!.Value;
        contest.HeldOn = input.HeldOn;
        contest.Method = input.Method!.Value;
        contest.TrimEach = input.TrimEach ?? 1;
        contest.TieBreakers = string.Join(",", TieBreaker.ParseList(input.TieBreakers)!);
        ContestFactory.SyncAspects(contest, input.Aspects!);
        return await SaveAsync(db, id, api.Ct);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteContest(Guid id, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var contest = await db.Contests.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contest is null) return Problems.NotFound();
        if (contest.Status != ContestStatus.Setup) return Problems.Conflict("contest.locked");
        db.ContestUnits.RemoveRange(await db.ContestUnits.Where(u => u.ContestId == id).ToListAsync(ct));
        db.ContestCategories.RemoveRange(await db.ContestCategories.Where(c => c.ContestId == id).ToListAsync(ct));
        db.ScoreSheets.RemoveRange(await db.ScoreSheets.Where(s => s.ContestId == id).ToListAsync(ct));
        db.Contests.Remove(contest);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<ContestDetail>, ValidationProblem, ProblemHttpResult>> AddContestCategory(Guid id, CategoryEdit input,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await EditableAsync(db, id, ct) is { } problem) return problem;
        var errors = ContestValidation.Validate(input);
        if (errors.Any) return Problems.Validation(errors);
        var contest = await db.Contests.AsNoTracking().AsSplitQuery().FirstAsync(c => c.Id == id, ct);
        var next = await db.ContestCategories.Where(c => c.ContestId == id).Select(c => (int?)c.SortOrder).MaxAsync(ct) ?? 0;
        var category = new ContestCategory { Id = Guid.CreateVersion7(), ZoneId = contest.ZoneId, ContestId = id, Name = "",
            SortOrder = input.SortOrder ?? next + 1 };
        ContestFactory.Apply(category, input);
        db.ContestCategories.Add(category);
        return await SaveAsync(db, id, ct);
    }

    public static async Task<Results<Ok<ContestDetail>, ValidationProblem, ProblemHttpResult>> UpdateContestCategory(Guid id, Guid categoryId,
        CategoryEdit input,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await EditableAsync(db, id, ct) is { } problem) return problem;
        var category = await db.ContestCategories.FirstOrDefaultAsync(c => c.Id == categoryId && c.ContestId == id, ct);
        if (category is null) return Problems.NotFound();
        var errors = ContestValidation.Validate(input);
        if (errors.Any) return Problems.Validation(errors);
        ContestFactory.Apply(category, input);
        return await SaveAsync(db, id, ct);
    }

    public static async Task<Results<Ok<ContestDetail>, ValidationProblem, ProblemHttpResult>> DeleteContestCategory(Guid id, Guid categoryId,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await EditableAsync(db, id, ct) is { } problem) return problem;
        var category = await db.ContestCategories.FirstOrDefaultAsync(c => c.Id == categoryId && c.ContestId == id, ct);
        if (category is null) return Problems.NotFound();
        if (await db.ContestUnits.AnyAsync(u => u.CategoryId == categoryId, ct)) return Problems.Conflict("contest.category_has_units");
        db.ContestCategories.Remove(category);
        return await SaveAsync(db, id, ct);
    }

    public static async Task<Results<Ok<ContestDetail>, ValidationProblem, ProblemHttpResult>> AddContestUnit(Guid id, UnitEdit input,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await EditableAsync(db, id, ct) is { } problem) return problem;
        var errors = await ValidateUnitAsync(db, id, input, ct);
        if (errors.Any) return Problems.Validation(errors);
        var contest = await db.Contests.AsSplitQuery().FirstAsync(c => c.Id == id, ct);
        db.ContestUnits.Add(new ContestUnit
        {
            Id = Guid.CreateVersion7(), ZoneId = contest.ZoneId, ContestId = id, CategoryId = input.CategoryId!.Value,
            Name = input.Name!.Trim(), HeadUserId = input.HeadUserId,
        });
        ContestFactory.ForgetDraw(contest, input.CategoryId!.Value);
        await ClearPositionsAsync(db, id, input.CategoryId!.Value, ct);
        return await SaveAsync(db, id, ct);
    }

    public static async Task<Results<Ok<ContestDetail>, ValidationProblem, ProblemHttpResult>> UpdateContestUnit(Guid id, Guid unitId, UnitEdit input,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await EditableAsync(db, id, ct) is { } problem) return problem;
        var unit = await db.ContestUnits.FirstOrDefaultAsync(u => u.Id == unitId && u.ContestId == id, ct);
        if (unit is null) return Problems.NotFound();
        var errors = await ValidateUnitAsync(db, id, input, ct);
        if (errors.Any) return Problems.Validation(errors);
        if (unit.CategoryId != input.CategoryId)
        {
            // Moving a unit changes both line-ups: both categories must be drawn again.
            var contest = await db.Contests.AsSplitQuery().FirstAsync(c => c.Id == id, ct);
            ContestFactory.ForgetDraw(contest, unit.CategoryId);
            ContestFactory.ForgetDraw(contest, input.CategoryId!.Value);
            await ClearPositionsAsync(db, id, unit.CategoryId, ct);
            await ClearPositionsAsync(db, id, input.CategoryId!.Value, ct);
        }
        unit.Name = input.Name!.Trim();
        unit.CategoryId = input.CategoryId!.Value;
        unit.HeadUserId = input.HeadUserId;
        return await SaveAsync(db, id, ct);
    }

    public static async Task<Results<Ok<ContestDetail>, ValidationProblem, ProblemHttpResult>> DeleteContestUnit(Guid id, Guid unitId,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await EditableAsync(db, id, ct) is { } problem) return problem;
        var unit = await db.ContestUnits.FirstOrDefaultAsync(u => u.Id == unitId && u.ContestId == id, ct);
        if (unit is null) return Problems.NotFound();
        var contest = await db.Contests.AsSplitQuery().FirstAsync(c => c.Id == id, ct);
        ContestFactory.ForgetDraw(contest, unit.CategoryId);
        await ClearPositionsAsync(db, id, unit.CategoryId, ct);
        db.ContestUnits.Remove(unit);
        return await SaveAsync(db, id, ct);
    }

    /// <summary>The panel may grow while scoring runs (a leader arrives late); it is fixed once results are published.</summary>
    public static async Task<Results<Ok<ContestDetail>, ValidationProblem, ProblemHttpResult>> SetContestJudges(Guid id, JudgesInput input,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var contest = await db.Contests.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contest is null) return Problems.NotFound();
        if (contest.Status == ContestStatus.Published) return Problems.Conflict("contest.locked");
        var ids = (input.UserIds ?? []).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.ZoneId == contest.ZoneId).ToListAsync(ct);
        if (users.Count != ids.Count) return Problems.Validation(new Errors().Add("userIds", "contest.unknown_user"));
        var scored = await db.ScoreSheets.Where(s => s.ContestId == id && s.SubmittedAt != null).Select(s => s.JudgeUserId).Distinct().ToListAsync(ct);
        if (contest.Judges.Any(j => scored.Contains(j.UserId) && !ids.Contains(j.UserId)))
            return Problems.Validation(new Errors().Add("userIds", "contest.judge_has_sheets"));
        contest.Judges.RemoveAll(j => !ids.Contains(j.UserId));
        foreach (var user in users.Where(u => contest.Judges.All(j => j.UserId != u.Id)))
            contest.Judges.Add(new ContestJudge { UserId = user.Id, DisplayName = user.DisplayName });
        return await SaveAsync(db, id, ct);
    }

    /// <summary>Who may sit on the panel or head a unit: the zone's users, ContestJudge role first.</summary>
    public static async Task<Results<Ok<CandidateDto[]>, ProblemHttpResult>> ListContestCandidates(Guid id, string? search, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var contest = await db.Contests.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contest is null) return Problems.NotFound();
        var judgeRole = nameof(Role.ContestJudge);
        var users = db.Users.AsNoTracking().Where(u => u.ZoneId == contest.ZoneId);
        if (!string.IsNullOrWhiteSpace(search)) users = users.Where(u => u.UserName!.Contains(search) || u.DisplayName.Contains(search));
        var list = await users.Select(u => new
            {
                u.Id, u.UserName, u.DisplayName,
                IsJudge = db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == judgeRole)),
            })
            .OrderByDescending(c => c.IsJudge).ThenBy(c => c.UserName).Take(200).ToListAsync(ct);
        return TypedResults.Ok(list.Select(c => new CandidateDto(c.Id, c.UserName!, c.DisplayName, c.IsJudge)).ToArray());
    }

    /// <summary>Set-up changes are allowed only before scoring opens.</summary>
    internal static async Task<ProblemHttpResult?> EditableAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        var status = await db.Contests.Where(c => c.Id == id).Select(c => (ContestStatus?)c.Status).FirstOrDefaultAsync(ct);
        return status is null ? Problems.NotFound() : status != ContestStatus.Setup ? Problems.Conflict("contest.locked") : null;
    }

    private static async Task<Errors> ValidateUnitAsync(AppDbContext db, Guid id, UnitEdit input, CancellationToken ct)
    {
        var errors = ContestValidation.Validate(input);
        if (input.CategoryId is { } categoryId && !await db.ContestCategories.AnyAsync(c => c.Id == categoryId && c.ContestId == id, ct))
            errors.Add("categoryId", "contest.unknown_category");
        if (input.HeadUserId is { } head)
        {
            var zone = await db.Contests.Where(c => c.Id == id).Select(c => c.ZoneId).FirstAsync(ct);
            if (!await db.Users.AnyAsync(u => u.Id == head && u.ZoneId == zone, ct)) errors.Add("headUserId", "contest.unknown_user");
        }
        return errors;
    }

    private static async Task ClearPositionsAsync(AppDbContext db, Guid id, Guid categoryId, CancellationToken ct)
    {
        foreach (var unit in await db.ContestUnits.Where(u => u.ContestId == id && u.CategoryId == categoryId).ToListAsync(ct)) unit.DrawPosition = null;
    }

    internal static Task<Results<Ok<ContestDetail>, ValidationProblem, ProblemHttpResult>> SaveAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        db.SaveOrConflictAsync(() => ContestQueries.DetailAsync(db, id, ct), ct);
}
