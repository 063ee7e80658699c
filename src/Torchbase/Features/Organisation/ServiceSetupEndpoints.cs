using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Features.Imports;
using Torchbase.Features.ServiceDesk;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;
using Torchbase.Spreadsheets;

namespace Torchbase.Features.Organisation;

public sealed record AgencyItemSetupQuery(string? Search, Guid? ZoneId, bool? Active, LifecycleStage? Stage, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);
public sealed record AgencyItemSetup(Guid Id, Guid ZoneId, string ZoneName, LifecycleStage Stage, string Name, string Authority, int PromisedDays, bool Active, int Version);
public sealed record AgencyItemInput(Guid? ZoneId, LifecycleStage? Stage, string? Name, string? Authority, int? PromisedDays, bool? Active, int? Version);

public sealed record CategoryItem(Guid Id, Guid ZoneId, string ZoneName, RequestCategory Code, string Name, bool Active, int Version);
public sealed record CategoryInput(string? Name, bool? Active, int? Version);

public sealed record TimeLimitItem(Guid ZoneId, string ZoneName, int AcknowledgeDays, int OfficerDays, int DepartmentDays, int JointMeetingDays, int LeaderDays,
    int ReminderDays, int Version);
public sealed record TimeLimitInput(int? AcknowledgeDays, int? OfficerDays, int? DepartmentDays, int? JointMeetingDays, int? LeaderDays, int? ReminderDays, int? Version);

public sealed record CalendarYearItem(Guid Id, int Year, string Title, string? Number, DateOnly? PublishedOn, string? Url, int Holidays, int WorkingDays, int Version);
public sealed record CalendarYearInput(int? Year, string? Title, string? Number, DateOnly? PublishedOn, string? Url, int? Version);

public sealed record CalendarDayQuery(string? Search, int? Year, CalendarDayKind? Kind, Guid? ZoneId, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);
public sealed record CalendarDayItem(Guid Id, Guid? ZoneId, string? ZoneName, DateOnly Date, CalendarDayKind Kind, string Name, int Version);
public sealed record CalendarDayInput(Guid? ZoneId, DateOnly? Date, CalendarDayKind? Kind, string? Name, int? Version);

public sealed record CalendarImportResult(int Imported);

/// <summary>
/// The service desk's set-up, per zone: the agency catalogue (代办事项) by lifecycle stage, the request categories, the
/// time limits per escalation level, and the working calendar — the official holidays and adjusted working days of each
/// year as published by the State Council's General Office (the system administrator's), plus each zone's own days off.
/// Deadlines are computed from these rows (ZoneDeadlines).
/// </summary>
public static class ServiceSetupEndpoints
{
    private const int MaxLimitDays = 365;

    public static void MapServiceSetupEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/setup").WithTags("Setup").RequireAuthorization(Permissions.SetupManage);

        group.MapGet("/agency-items", ListAgencyItemSetup).WithName(nameof(ListAgencyItemSetup)).WithSummary("The agency-service catalogue (代办事项) by lifecycle stage, with promised working days");
        group.MapPost("/agency-items", CreateAgencyItem).WithName(nameof(CreateAgencyItem)).WithSummary("Add an item to a zone's agency catalogue");
        group.MapPut("/agency-items/{id:guid}", UpdateAgencyItem).WithName(nameof(UpdateAgencyItem)).WithSummary("Edit, deactivate or reactivate an agency item");

        group.MapGet("/service-categories", ListCategories).WithName(nameof(ListCategories)).WithSummary("How each zone names its service-request categories, and which are offered");
        group.MapPut("/service-categories/{id:guid}", UpdateCategory).WithName(nameof(UpdateCategory)).WithSummary("Rename, deactivate or reactivate a request category");

        group.MapGet("/time-limits", ListTimeLimits).WithName(nameof(ListTimeLimits)).WithSummary("Each zone's time limits in working days per escalation level");
        group.MapPut("/time-limits/{zoneId:guid}", UpdateTimeLimits).WithName(nameof(UpdateTimeLimits)).WithSummary("Change a zone's time limits (new steps' deadlines use them)");

        group.MapGet("/calendar/years", ListCalendarYears).WithName(nameof(ListCalendarYears)).WithSummary("The official holiday arrangements entered, one per year, with their source");
        group.MapPost("/calendar/years", CreateCalendarYear).WithName(nameof(CreateCalendarYear)).WithSummary("Add a year's official arrangement (its notice)").RequireAuthorization(SetupSupport.SystemAdminOnly);
        group.MapPut("/calendar/years/{id:guid}", UpdateCalendarYear).WithName(nameof(UpdateCalendarYear)).WithSummary("Correct a year's source").RequireAuthorization(SetupSupport.SystemAdminOnly);

        group.MapGet("/calendar/days", ListCalendarDays).WithName(nameof(ListCalendarDays)).WithSummary("Official holidays, adjusted working days and the zones' own days off");
        group.MapPost("/calendar/days", CreateCalendarDay).WithName(nameof(CreateCalendarDay)).WithSummary("Add an official holiday or working day (administrator) or a zone's day off");
        group.MapPut("/calendar/days/{id:guid}", UpdateCalendarDay).WithName(nameof(UpdateCalendarDay)).WithSummary("Correct a calendar day");
        group.MapDelete("/calendar/days/{id:guid}", DeleteCalendarDay).WithName(nameof(DeleteCalendarDay)).WithSummary("Remove a calendar day entered by mistake");
        group.MapGet("/calendar/import/template", CalendarTemplate).WithName(nameof(CalendarTemplate)).WithSummary("The workbook to fill in with a year's official days");
        group.MapPost("/calendar/import", ImportCalendar).WithName(nameof(ImportCalendar)).WithSummary("Import a year's official days from a workbook, all or nothing")
            .RequireAuthorization(SetupSupport.SystemAdminOnly);
    }

    private static IQueryable<string> ZoneName(ApiServices api, Guid zoneId) => api.Db.Zones.Where(z => z.Id == zoneId).Select(z => z.Name);

    // ---- Agency catalogue

    private static IQueryable<AgencyItemSetup> AgencyItems(ApiServices api, IQueryable<AgencyItem> rows) =>
        rows.Select(i => new AgencyItemSetup(i.Id, i.ZoneId, api.Db.Zones.Where(z => z.Id == i.ZoneId).Select(z => z.Name).FirstOrDefault() ?? "", i.Stage, i.Name,
            i.Authority, i.PromisedDays, i.Active, i.Version));

    public static async Task<Ok<Paged<AgencyItemSetup>>> ListAgencyItemSetup([AsParameters] AgencyItemSetupQuery q, [AsParameters] ApiServices api)
    {
        var rows = api.Db.AgencyItems.AsNoTracking();
        if (q.Active is { } active) rows = rows.Where(i => i.Active == active);
        if (q.ZoneId is { } zone) rows = rows.Where(i => i.ZoneId == zone);
        if (q.Stage is { } stage) rows = rows.Where(i => i.Stage == stage);
        if (q.Search.Trimmed() is { } s) rows = rows.Where(i => i.Name.Contains(s) || i.Authority.Contains(s));
        rows = rows.SortBy(q.Sort, q.Desc ?? false, rows.SortKeys(("stage", i => i.Stage), ("name", i => i.Name), ("authority", i => i.Authority),
            ("promisedDays", i => i.PromisedDays), ("active", i => i.Active)), "stage", i => i.Name);
        return TypedResults.Ok(await AgencyItems(api, rows).ToPagedAsync(q, api.Ct));
    }

    private static async Task<(Errors, Guid?)> CheckAgencyItemAsync(ApiServices api, AgencyItemInput input, Guid? zoneOfRow)
    {
        var errors = new Errors().Name("name", input.Name, 200).Name("authority", input.Authority, 100);
        if (input.Stage is null) errors.Add("stage", "required");
        else if (!Enum.IsDefined(input.Stage.Value)) errors.Add("stage", "invalid_value");
        if (input.PromisedDays is null) errors.Add("promisedDays", "required");
        else if (input.PromisedDays is < 1 or > MaxLimitDays) errors.Add("promisedDays", "setup.days_range", 1, MaxLimitDays);
        return (errors, zoneOfRow ?? await api.ZoneForNewRowAsync(input.ZoneId, errors));
    }

    public static async Task<Results<Created<AgencyItemSetup>, ValidationProblem>> CreateAgencyItem(AgencyItemInput input, [AsParameters] ApiServices api)
    {
        var (errors, zoneId) = await CheckAgencyItemAsync(api, input, null);
        if (errors.Any) return Problems.Validation(errors);
        var item = new AgencyItem
        {
            Id = Guid.CreateVersion7(), ZoneId = zoneId!.Value, Stage = input.Stage!.Value, Name = input.Name!.Trim(), Authority = input.Authority!.Trim(),
            PromisedDays = input.PromisedDays!.Value, Active = input.Active ?? true,
        };
        api.Db.AgencyItems.Add(item);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/setup/agency-items/{item.Id}", await AgencyItems(api, api.Db.AgencyItems.AsNoTracking().Where(i => i.Id == item.Id)).FirstAsync(api.Ct));
    }

    public static Task<Results<Ok<AgencyItemSetup>, ValidationProblem, ProblemHttpResult>> UpdateAgencyItem(Guid id, AgencyItemInput input, [AsParameters] ApiServices api) =>
        api.EditAsync(api.Db.AgencyItems, id, input.Version, async item =>
        {
            var (errors, _) = await CheckAgencyItemAsync(api, input, item.ZoneId);
            if (!errors.Any)
                (item.Stage, item.Name, item.Authority, item.PromisedDays, item.Active) =
                    (input.Stage!.Value, input.Name!.Trim(), input.Authority!.Trim(), input.PromisedDays!.Value, input.Active ?? item.Active);
            return errors;
        }, iid => AgencyItems(api, api.Db.AgencyItems.AsNoTracking().Where(i => i.Id == iid)).FirstOrDefaultAsync(api.Ct));

    // ---- Request categories

    private static IQueryable<CategoryItem> Categories(ApiServices api, IQueryable<ServiceCategory> rows) =>
        rows.Select(c => new CategoryItem(c.Id, c.ZoneId, api.Db.Zones.Where(z => z.Id == c.ZoneId).Select(z => z.Name).FirstOrDefault() ?? "", c.Code, c.Name, c.Active, c.Version));

    public static async Task<Ok<Paged<CategoryItem>>> ListCategories([AsParameters] SetupQuery q, [AsParameters] ApiServices api)
    {
        var rows = api.Db.ServiceCategories.AsNoTracking().Searched(q);
        if (q.ZoneId is { } zone) rows = rows.Where(c => c.ZoneId == zone);
        if (q.Search.Trimmed() is { } s) rows = rows.Where(c => c.Name.Contains(s));
        rows = rows.SortBy(q.Sort, q.Desc ?? false, rows.SortKeys(("code", c => c.Code), ("name", c => c.Name), ("active", c => c.Active)), "code", c => c.Id);
        return TypedResults.Ok(await Categories(api, rows).ToPagedAsync(q, api.Ct));
    }

    public static Task<Results<Ok<CategoryItem>, ValidationProblem, ProblemHttpResult>> UpdateCategory(Guid id, CategoryInput input, [AsParameters] ApiServices api) =>
        api.EditAsync(api.Db.ServiceCategories, id, input.Version, async category =>
        {
            var errors = new Errors().Name("name", input.Name, 50);
            var name = input.Name?.Trim();
            if (name is not null && await api.Db.ServiceCategories.AnyAsync(c => c.ZoneId == category.ZoneId && c.Name == name && c.Id != id, api.Ct))
                errors.Add("name", "duplicate_name");
            if (!errors.Any) (category.Name, category.Active) = (name!, input.Active ?? category.Active);
            return errors;
        }, cid => Categories(api, api.Db.ServiceCategories.AsNoTracking().Where(c => c.Id == cid)).FirstOrDefaultAsync(api.Ct));

    // ---- Time limits

    private static IQueryable<TimeLimitItem> TimeLimits(ApiServices api, IQueryable<DeadlineSetting> rows) =>
        rows.Select(s => new TimeLimitItem(s.ZoneId, api.Db.Zones.Where(z => z.Id == s.ZoneId).Select(z => z.Name).FirstOrDefault() ?? "", s.AcknowledgeDays, s.OfficerDays,
            s.DepartmentDays, s.JointMeetingDays, s.LeaderDays, s.ReminderDays, s.Version));

    public static async Task<Ok<Paged<TimeLimitItem>>> ListTimeLimits([AsParameters] SetupQuery q, [AsParameters] ApiServices api)
    {
        var rows = api.Db.DeadlineSettings.AsNoTracking();
        if (q.ZoneId is { } zone) rows = rows.Where(s => s.ZoneId == zone);
        if (q.Search.Trimmed() is { } search) rows = rows.Where(s => api.Db.Zones.Any(z => z.Id == s.ZoneId && z.Name.Contains(search)));
        var sorted = rows.OrderBy(s => api.Db.Zones.Where(z => z.Id == s.ZoneId).Select(z => z.Name).FirstOrDefault()).ThenBy(s => s.ZoneId);
        return TypedResults.Ok(await TimeLimits(api, sorted).ToPagedAsync(q, api.Ct));
    }

    public static Task<Results<Ok<TimeLimitItem>, ValidationProblem, ProblemHttpResult>> UpdateTimeLimits(Guid zoneId, TimeLimitInput input, [AsParameters] ApiServices api) =>
        api.EditAsync(api.Db.DeadlineSettings, zoneId, input.Version, setting =>
        {
            var errors = new Errors();
            void Days(string field, int? value, int min)
            {
                if (value is null) errors.Add(field, "required");
                else if (value < min || value > MaxLimitDays) errors.Add(field, "setup.days_range", min, MaxLimitDays);
            }
            Days("acknowledgeDays", input.AcknowledgeDays, 1);
            Days("officerDays", input.OfficerDays, 1);
            Days("departmentDays", input.DepartmentDays, 1);
            Days("jointMeetingDays", input.JointMeetingDays, 1);
            Days("leaderDays", input.LeaderDays, 1);
            if (input.ReminderDays is null) errors.Add("reminderDays", "required");
            else if (input.ReminderDays is < 0 or > 30) errors.Add("reminderDays", "setup.days_range", 0, 30);
            if (!errors.Any)
            {
                setting.AcknowledgeDays = input.AcknowledgeDays!.Value;
                setting.OfficerDays = input.OfficerDays!.Value;
                setting.DepartmentDays = input.DepartmentDays!.Value;
                setting.JointMeetingDays = input.JointMeetingDays!.Value;
                setting.LeaderDays = input.LeaderDays!.Value;
                setting.ReminderDays = input.ReminderDays!.Value;
            }
            return Task.FromResult(errors);
        }, zid => TimeLimits(api, api.Db.DeadlineSettings.AsNoTracking().Where(s => s.ZoneId == zid)).FirstOrDefaultAsync(api.Ct));

    // ---- Calendar: years (the source of each year's official days)

    /// <summary>The years with the count of their official days (counted here: a year's bounds are not a date the databases agree to build).</summary>
    private static async Task<List<CalendarYearItem>> YearsAsync(ApiServices api, IReadOnlyList<CalendarYear> years)
    {
        if (years.Count == 0) return [];
        var (from, to) = (new DateOnly(years.Min(y => y.Year), 1, 1), new DateOnly(years.Max(y => y.Year), 12, 31));
        var days = await api.Db.CalendarDays.AsNoTracking().Where(d => d.ZoneId == null && d.Date >= from && d.Date <= to)
            .Select(d => new { d.Date, d.Kind }).ToListAsync(api.Ct);
        return years.Select(y => new CalendarYearItem(y.Id, y.Year, y.Title, y.Number, y.PublishedOn, y.Url,
            days.Count(d => d.Date.Year == y.Year && d.Kind == CalendarDayKind.Holiday), days.Count(d => d.Date.Year == y.Year && d.Kind == CalendarDayKind.WorkingDay),
            y.Version)).ToList();
    }

    private static async Task<CalendarYearItem?> YearAsync(ApiServices api, Guid id) =>
        await api.Db.CalendarYears.AsNoTracking().FirstOrDefaultAsync(y => y.Id == id, api.Ct) is { } year ? (await YearsAsync(api, [year]))[0] : null;

    public static async Task<Ok<Paged<CalendarYearItem>>> ListCalendarYears([AsParameters] SetupQuery q, [AsParameters] ApiServices api)
    {
        var rows = api.Db.CalendarYears.AsNoTracking();
        if (q.Search.Trimmed() is { } s) rows = rows.Where(y => y.Title.Contains(s) || (y.Number != null && y.Number.Contains(s)));
        rows = rows.SortBy(q.Sort, q.Desc ?? true, rows.SortKeys(("year", y => y.Year), ("title", y => y.Title)), "year", y => y.Id);
        var page = await rows.ToPagedAsync(q, api.Ct);
        return TypedResults.Ok(new Paged<CalendarYearItem>(await YearsAsync(api, page.Items), page.Total, page.Page, page.PageSize));
    }

    private static async Task<Errors> CheckYearAsync(ApiServices api, CalendarYearInput input, Guid? self)
    {
        var errors = new Errors().Name("title", input.Title, 200).MaxLength("number", input.Number, 60).MaxLength("url", input.Url, 500);
        if (input.Year is null) errors.Add("year", "required");
        else if (input.Year is < 2000 or > 2100) errors.Add("year", "year_range", 2000, 2100);
        else if (await api.Db.CalendarYears.AnyAsync(y => y.Year == input.Year && y.Id != self, api.Ct)) errors.Add("year", "setup.year_exists");
        if (input.Url.Trimmed() is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")) errors.Add("url", "setup.url");
        if (input.PublishedOn is { } on && input.Year is { } year && (on.Year < year - 1 || on.Year > year)) errors.Add("publishedOn", "setup.published_year");
        return errors;
    }

    public static async Task<Results<Created<CalendarYearItem>, ValidationProblem>> CreateCalendarYear(CalendarYearInput input, [AsParameters] ApiServices api)
    {
        var errors = await CheckYearAsync(api, input, null);
        if (errors.Any) return Problems.Validation(errors);
        var year = new CalendarYear
        {
            Id = Guid.CreateVersion7(), Year = input.Year!.Value, Title = input.Title!.Trim(), Number = input.Number.Trimmed(),
            PublishedOn = input.PublishedOn, Url = input.Url.Trimmed(),
        };
        api.Db.CalendarYears.Add(year);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/setup/calendar/years/{year.Id}", (await YearAsync(api, year.Id))!);
    }

    public static Task<Results<Ok<CalendarYearItem>, ValidationProblem, ProblemHttpResult>> UpdateCalendarYear(Guid id, CalendarYearInput input, [AsParameters] ApiServices api) =>
        api.EditAsync(api.Db.CalendarYears, id, input.Version, async year =>
        {
            var errors = await CheckYearAsync(api, input, id);
            if (input.Year is { } y && y != year.Year) errors.Add("year", "setup.year_fixed");
            if (!errors.Any) (year.Title, year.Number, year.PublishedOn, year.Url) = (input.Title!.Trim(), input.Number.Trimmed(), input.PublishedOn, input.Url.Trimmed());
            return errors;
        }, yid => YearAsync(api, yid));

    // ---- Calendar: days

    private static IQueryable<CalendarDayItem> Days(ApiServices api, IQueryable<CalendarDay> rows) =>
        rows.Select(d => new CalendarDayItem(d.Id, d.ZoneId, api.Db.Zones.Where(z => z.Id == d.ZoneId).Select(z => z.Name).FirstOrDefault(), d.Date, d.Kind, d.Name, d.Version));

    public static async Task<Ok<Paged<CalendarDayItem>>> ListCalendarDays([AsParameters] CalendarDayQuery q, [AsParameters] ApiServices api)
    {
        var rows = api.Db.CalendarDays.AsNoTracking();
        if (q.Year is { } year and >= 1 and <= 9998) rows = rows.Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31));
        if (q.Kind is { } kind) rows = rows.Where(d => d.Kind == kind);
        if (q.ZoneId is { } zone) rows = rows.Where(d => d.ZoneId == null || d.ZoneId == zone);
        if (q.Search.Trimmed() is { } s) rows = rows.Where(d => d.Name.Contains(s));
        rows = rows.SortBy(q.Sort, q.Desc ?? false, rows.SortKeys(("date", d => d.Date), ("kind", d => d.Kind), ("name", d => d.Name)), "date", d => d.Id);
        return TypedResults.Ok(await Days(api, rows).ToPagedAsync(q, api.Ct));
    }

    /// <summary>
    /// Official days (no zone) are the system administrator's and belong to a year whose notice is entered; a zone's day
    /// off is its administrator's, on a day that is not already off. One entry per day and calendar.
    /// </summary>
    private static async Task<(Errors Errors, bool Forbidden)> CheckDayAsync(ApiServices api, CalendarDayInput input, CalendarDay? row)
    {
        var errors = new Errors().Name("name", input.Name, 50);
        if (input.Kind is null) errors.Add("kind", "required");
        else if (!Enum.IsDefined(input.Kind.Value)) errors.Add("kind", "invalid_value");
        if (input.Date is null) errors.Add("date", "required");
        Guid? zoneId = row is null ? input.ZoneId : row.ZoneId;
        var official = input.Kind is CalendarDayKind.Holiday or CalendarDayKind.WorkingDay;
        if (input.Kind == CalendarDayKind.LocalDayOff)
        {
            if (row is null) zoneId = await api.ZoneForNewRowAsync(input.ZoneId, errors);
            else if (row.ZoneId is null) errors.Add("kind", "setup.kind_fixed");
        }
        else if (official)
        {
            if (row?.ZoneId is not null || (row is null && input.ZoneId is not null)) errors.Add("kind", "setup.official_no_zone");
            zoneId = null;
            if (!api.IsSystemAdmin()) return (errors, true);
            if (input.Date is { } date && !await api.Db.CalendarYears.AnyAsync(y => y.Year == date.Year, api.Ct)) errors.Add("date", "setup.year_missing", date.Year);
        }
        if (row is { ZoneId: null } && !api.IsSystemAdmin()) return (errors, true);
        if (input.Date is { } day && !errors.Any
            && await api.Db.CalendarDays.AnyAsync(d => d.Date == day && d.ZoneId == zoneId && (row == null || d.Id != row.Id), api.Ct))
            errors.Add("date", "setup.day_exists");
        if (input.Kind == CalendarDayKind.WorkingDay && input.Date is { DayOfWeek: not (DayOfWeek.Saturday or DayOfWeek.Sunday) })
            errors.Add("date", "setup.working_day_weekend");
        return (errors, false);
    }

    public static async Task<Results<Created<CalendarDayItem>, ValidationProblem, ProblemHttpResult>> CreateCalendarDay(CalendarDayInput input, [AsParameters] ApiServices api)
    {
        var (errors, forbidden) = await CheckDayAsync(api, input, null);
        if (forbidden) return Problems.Of(StatusCodes.Status403Forbidden, "setup.official_admin_only");
        if (errors.Any) return Problems.Validation(errors);
        var day = new CalendarDay
        {
            Id = Guid.CreateVersion7(), Date = input.Date!.Value, Kind = input.Kind!.Value, Name = input.Name!.Trim(),
            ZoneId = input.Kind == CalendarDayKind.LocalDayOff ? input.ZoneId ?? api.Db.Scope.HomeZoneId : null,
        };
        api.Db.CalendarDays.Add(day);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/setup/calendar/days/{day.Id}", await Days(api, api.Db.CalendarDays.AsNoTracking().Where(d => d.Id == day.Id)).FirstAsync(api.Ct));
    }

    public static async Task<Results<Ok<CalendarDayItem>, ValidationProblem, ProblemHttpResult>> UpdateCalendarDay(Guid id, CalendarDayInput input, [AsParameters] ApiServices api)
    {
        var row = await api.Db.CalendarDays.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, api.Ct);
        if (row is null) return Problems.NotFound();
        if (row.ZoneId is null && !api.IsSystemAdmin()) return Problems.Of(StatusCodes.Status403Forbidden, "setup.official_admin_only");
        return await api.EditAsync(api.Db.CalendarDays, id, input.Version, async day =>
        {
            var (errors, _) = await CheckDayAsync(api, input, row);
            if (!errors.Any) (day.Date, day.Kind, day.Name) = (input.Date!.Value, input.Kind!.Value, input.Name!.Trim());
            return errors;
        }, did => Days(api, api.Db.CalendarDays.AsNoTracking().Where(d => d.Id == did)).FirstOrDefaultAsync(api.Ct));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteCalendarDay(Guid id, [AsParameters] ApiServices api)
    {
        var day = await api.Db.CalendarDays.FirstOrDefaultAsync(d => d.Id == id, api.Ct);
        if (day is null) return Problems.NotFound();
        if (day.ZoneId is null && !api.IsSystemAdmin()) return Problems.Of(StatusCodes.Status403Forbidden, "setup.official_admin_only");
        api.Db.CalendarDays.Remove(day);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
    }

    // ---- Calendar: a year's official days from a workbook

    private static readonly (string Header, string Field)[] Columns = [("日期", "date"), ("类型", "kind"), ("名称", "name")];
    private const string HolidayText = "放假";
    private const string WorkingDayText = "调休上班";

    /// <summary>The template: one example row of each kind, for a year (by default next year).</summary>
    public static IResult CalendarTemplate(int? year, TimeProvider clock)
    {
        var y = year is >= 2000 and <= 2100 ? year.Value : clock.Today().Year + 1;
        return Export.Xlsx("节假日导入模板", Columns.Select(c => c.Header).ToList(),
            [[new DateOnly(y, 1, 1), HolidayText, "元旦"], [new DateOnly(y, 1, 1).AddDays(7 - (int)new DateOnly(y, 1, 1).DayOfWeek % 7 - 1), WorkingDayText, "元旦调休"]], clock);
    }

    /// <summary>
    /// Imports the official days of one year (the year's notice must be entered first): every row is checked, and if one
    /// is wrong nothing is written and each wrong cell is named; otherwise the year's official days are replaced by the file's.
    /// </summary>
    public static async Task<IResult> ImportCalendar(HttpRequest request, int? year, ImportReports reports, [AsParameters] ApiServices api)
    {
        var (sheet, problem) = await UploadedSheet.ReadAsync(request, api.Ct);
        if (problem is not null) return problem;
        var errors = new List<ImportError>();
        var index = Columns.ToDictionary(c => c.Field, c => sheet!.Headers.ToList().IndexOf(c.Header));
        foreach (var (header, field) in Columns.Where(c => index[c.Field] < 0))
            errors.Add(new ImportError(1, "", header, Text.Get("import_missing_column", header)));
        var days = new List<CalendarDay>();
        var known = await api.Db.CalendarYears.Select(y => y.Year).ToListAsync(api.Ct);
        var firstRowOf = new Dictionary<DateOnly, int>();
        if (errors.Count == 0)
            foreach (var row in sheet!.Rows)
            {
                string? Cell(string field) => row[index[field]]?.Trim() is { Length: > 0 } v ? v : null;
                void Fail(string field, string message) =>
                    errors.Add(new ImportError(row.Number, XlsxReader.ColumnName(index[field]), Columns.First(c => c.Field == field).Header, message));
                var rowErrors = errors.Count;
                var date = ReadDate(Cell("date"));
                var kindText = Cell("kind");
                CalendarDayKind? kind = kindText switch { HolidayText => CalendarDayKind.Holiday, WorkingDayText => CalendarDayKind.WorkingDay, _ => null };
                var name = Cell("name");
                if (Cell("date") is null) Fail("date", Text.Get("required"));
                else if (date is null) Fail("date", Text.Get("invalid_date"));
                else if (year is { } only && date.Value.Year != only) Fail("date", Text.Get("setup.not_that_year", only));
                else if (!known.Contains(date.Value.Year)) Fail("date", Text.Get("setup.year_missing", date.Value.Year));
                if (kindText is null) Fail("kind", Text.Get("required"));
                else if (kind is null) Fail("kind", Text.Get("setup.kind_text", HolidayText, WorkingDayText));
                else if (kind == CalendarDayKind.WorkingDay && date is { DayOfWeek: not (DayOfWeek.Saturday or DayOfWeek.Sunday) }) Fail("date", Text.Get("setup.working_day_weekend"));
                if (name is null) Fail("name", Text.Get("required"));
                else if (name.Length > 50) Fail("name", Text.Get("too_long", 50));
                if (errors.Count > rowErrors) continue;
                if (firstRowOf.TryGetValue(date!.Value, out var first)) { Fail("date", Text.Get("setup.same_day_in_file", first)); continue; }
                firstRowOf[date.Value] = row.Number;
                days.Add(new CalendarDay { Id = Guid.CreateVersion7(), Date = date.Value, Kind = kind!.Value, Name = name! });
            }
        if (errors.Count > 0)
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "import_rejected",
                new { Rows = errors, ErrorReportUrl = reports.Store(api.User, "节假日导入", sheet!, errors) });

        // The file is the year's arrangement: the official days of the years it covers are replaced by it, in one save.
        var years = days.Select(d => d.Date.Year).Distinct().ToList();
        var old = await api.Db.CalendarDays.Where(d => d.ZoneId == null).ToListAsync(api.Ct);
        api.Db.CalendarDays.RemoveRange(old.Where(d => years.Contains(d.Date.Year)));
        api.Db.CalendarDays.AddRange(days);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Ok(new CalendarImportResult(days.Count));
    }

    private static DateOnly? ReadDate(string? text)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        // A date cell that the reader gives as Excel's serial number.
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20_000 and < 80_000
            ? DateOnly.FromDateTime(DateTime.FromOADate(serial)) : null;
    }
}
