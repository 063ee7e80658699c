using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Torchbase.Data;
using Torchbase.Features.Imports;
using Torchbase.Http;
using Torchbase.Localization;
using Torchbase.Spreadsheets;

namespace Torchbase.Identity;

/// <summary>One user the import created, with the one-time password shown this once.</summary>
public sealed record ImportedUser(int Row, string UserName, string DisplayName, string Role, string Password);

/// <summary>What an accepted user import did: the users and a result workbook with their one-time passwords.</summary>
public sealed record UserImportResult(int Imported, int Updated, IReadOnlyList<ImportedUser> Users, string ResultUrl);

/// <summary>
/// Users from a workbook, into one zone: every row is checked first (row, column and message for each bad cell, and an
/// error workbook); if any is wrong nothing is written, otherwise every user is created in one save with a generated
/// one-time password that must be changed at the first sign-in. New users only: a login that exists is an error.
/// </summary>
public static partial class UserImport
{
    /// <summary>Passwords are hashed one by one (deliberately slow): a file is kept to a size that finishes in a minute or two.</summary>
    public const int MaxRows = 2_000;

    private sealed record ColumnSpec(string Header, string Field, bool Required);

    private static readonly ColumnSpec[] Columns =
    [
        new("姓名", "displayName", true),
        new("登录名", "userName", true),
        new("角色", "role", true),
        new("园区", "park", false),
        new("部门", "department", false),
        new("企业统一社会信用代码", "enterprise", false),
        new("银行", "bank", false),
        new("手机号", "phone", false),
    ];

    /// <summary>The roles' names as the template's drop-down offers them (Chinese, as the UI shows them).</summary>
    private static readonly Dictionary<Role, (string Zh, string En)> RoleNames = new()
    {
        [Role.SystemAdmin] = ("系统管理员", "System administrator"),
        [Role.ZoneLeader] = ("管委会领导", "Zone leader"),
        [Role.InnovationBureau] = ("科技创新局", "Innovation bureau"),
        [Role.ParkOfficer] = ("园区管理员", "Park officer"),
        [Role.ServiceOfficer] = ("首席服务员", "Service officer"),
        [Role.DepartmentStaff] = ("职能部门", "Department staff"),
        [Role.EnterpriseUser] = ("企业用户", "Enterprise user"),
        [Role.BankUser] = ("银行用户", "Bank user"),
        [Role.Expert] = ("评审专家", "Expert"),
        [Role.ContestJudge] = ("大赛评委", "Contest judge"),
    };

    private static IEnumerable<Role> ImportableRoles => RoleNames.Keys.Where(r => r != Role.SystemAdmin);

    private static string Marked(ColumnSpec c) => c.Required ? c.Header + "*" : c.Header;

    public static IResult Template(TimeProvider clock)
    {
        var headers = Columns.Select(Marked).ToList();
        var roleColumn = Array.FindIndex(Columns, c => c.Field == "role");
        var instructions = new List<IReadOnlyList<object?>>
        {
            new object?[] { "姓名*", "必填", "用户的姓名，最多 100 字" },
            new object?[] { "登录名*", "必填", "字母、数字和 - . _ @，最多 64 位；不能与已有用户重复" },
            new object?[] { "角色*", "必填（下拉选择）", string.Join("、", ImportableRoles.Select(r => RoleNames[r].Zh)) + "；系统管理员不能批量导入" },
            new object?[] { "园区", "园区管理员、首席服务员必填", "本高新区的园区名称" },
            new object?[] { "部门", "职能部门必填", "本高新区的部门名称" },
            new object?[] { "企业统一社会信用代码", "企业用户必填", "18 位，须是本高新区已登记的企业" },
            new object?[] { "银行", "银行用户必填", "平台已登记的银行名称" },
            new object?[] { "手机号", "选填", "数字，可含 + 和 -" },
            new object?[] { "示例", "", "张三 | zhangsan | 园区管理员 | 高新技术产业园 | | | | 13800000000" },
            new object?[] { "说明", "", "整批导入：任一行有误则全部不导入，并列出每个有误的单元格。导入成功后每个用户获得一次性密码（仅显示一次，可下载结果表），首次登录须修改。" },
        };
        var sheets = new List<SheetToWrite>
        {
            new("用户导入", headers, [], Choices: [new ColumnChoices(roleColumn, ImportableRoles.Select(r => RoleNames[r].Zh).ToList())]),
            new("填写说明", ["列", "是否必填", "说明"], instructions),
        };
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, sheets);
        return Results.File(stream.ToArray(), XlsxWriter.ContentType, $"用户导入模板-{clock.Today():yyyyMMdd}.xlsx");
    }

    public static async Task<IResult> ImportUsers(
        HttpRequest request, Guid? zoneId, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, IOptions<IdentityOptions> identity,
        PasswordPolicy passwords, ImportReports reports, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var (sheet, problem) = await UploadedSheet.ReadAsync(request, ct);
        if (problem is not null) return problem;
        if (sheet!.Rows.Count > MaxRows) return Problems.Of(StatusCodes.Status400BadRequest, "import_too_many_rows", null, MaxRows);
        if ((zoneId ?? db.Scope.HomeZoneId) is not { } zone) return Problems.Validation(new Errors().Add("zoneId", "required"));
        if (!await db.Zones.AnyAsync(z => z.Id == zone, ct)) return Problems.Of(StatusCodes.Status404NotFound, "unknown_zone");

        var lookups = new Lookups(
            await db.Parks.AsNoTracking().Where(p => p.ZoneId == zone).ToDictionaryAsync(p => p.Name, p => p.Id, ct),
            await db.Departments.AsNoTracking().Where(d => d.ZoneId == zone).ToDictionaryAsync(d => d.Name, d => d.Id, ct),
            await db.Banks.AsNoTracking().ToDictionaryAsync(b => b.Name, b => b.Id, ct));
        var (rows, errors) = Plan(sheet, lookups, identity.Value.User.AllowedUserNameCharacters);

        if (errors.Count == 0)
        {
            // Enterprises by credit code within the zone, as the caller sees them; logins taken by anyone anywhere.
            var codes = rows.Where(r => r.CreditCode is not null).Select(r => r.CreditCode!).Distinct().ToList();
            var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.ZoneId == zone && codes.Contains(e.CreditCode))
                .ToDictionaryAsync(e => e.CreditCode, e => e.Id, ct);
            var normalized = rows.ToDictionary(r => r, r => users.NormalizeName(r.UserName)!);
            var wanted = normalized.Values.ToList();
            var taken = (await db.Users.IgnoreQueryFilters().Where(u => wanted.Contains(u.NormalizedUserName!))
                .Select(u => u.NormalizedUserName!).ToListAsync(ct)).ToHashSet();
            foreach (var row in rows)
            {
                if (taken.Contains(normalized[row])) errors.Add(Error(row.Number, "userName", Text.Get("duplicate_user")));
                if (row.CreditCode is { } code)
                {
                    if (enterprises.TryGetValue(code, out var id)) row.EnterpriseId = id;
                    else errors.Add(Error(row.Number, "enterprise", Text.Get("unknown_enterprise")));
                }
            }
            if (errors.Count == 0) return await WriteAsync(api, zone, rows, normalized, hasher, passwords, reports);
        }
        errors.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : string.CompareOrdinal(a.Column, b.Column));
        var reportUrl = reports.Store(api.User, Text.Get("users.import.sheet"), sheet, errors);
        return Problems.Of(StatusCodes.Status422UnprocessableEntity, "import_rejected", new { Rows = errors, ErrorReportUrl = reportUrl });
    }

    private sealed record Lookups(Dictionary<string, Guid> Parks, Dictionary<string, Guid> Departments, Dictionary<string, Guid> Banks);

    private sealed class PlannedUser(int number, string displayName, string userName, Role role)
    {
        public int Number { get; } = number;
        public string DisplayName { get; } = displayName;
        public string UserName { get; } = userName;
        public Role Role { get; } = role;
        public Guid? ParkId { get; init; }
        public Guid? DepartmentId { get; init; }
        public Guid? BankId { get; init; }
        public string? CreditCode { get; init; }
        public Guid? EnterpriseId { get; set; }
        public string? Phone { get; init; }
    }

    private static int IndexOf(XlsxSheet sheet, ColumnSpec column) =>
        sheet.Headers.Select(h => h.Trim().TrimEnd('*', '＊').Trim()).ToList().IndexOf(column.Header);

    private static ImportError Error(int row, string field, string message)
    {
        var index = Array.FindIndex(Columns, c => c.Field == field);
        return new ImportError(row, XlsxReader.ColumnName(index), Marked(Columns[index]), message);
    }

    private static (List<PlannedUser> Rows, List<ImportError> Errors) Plan(XlsxSheet sheet, Lookups lookups, string allowedNameCharacters)
    {
        var rows = new List<PlannedUser>();
        var errors = new List<ImportError>();
        var index = Columns.ToDictionary(c => c.Field, c => IndexOf(sheet, c));
        foreach (var c in Columns.Where(c => c.Required && index[c.Field] < 0))
            errors.Add(new ImportError(1, "", Marked(c), Text.Get("import_missing_column", Marked(c))));
        if (errors.Count > 0) return (rows, errors);
        // Errors name the column where the file has it (the uploaded order may differ from the template's).
        ImportError At(int row, string field, string key, params object[] args) =>
            new(row, index[field] >= 0 ? XlsxReader.ColumnName(index[field]) : "", Marked(Columns.First(c => c.Field == field)), Text.Get(key, args));

        var firstRowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in sheet.Rows)
        {
            string? Cell(string field) => index[field] is var i and >= 0 && row[i]?.Trim() is { Length: > 0 } v ? v : null;
            var before = errors.Count;
            var displayName = Cell("displayName");
            if (displayName is null) errors.Add(At(row.Number, "displayName", "required"));
            else if (displayName.Length > 100) errors.Add(At(row.Number, "displayName", "too_long", 100));

            var userName = Cell("userName");
            if (userName is null) errors.Add(At(row.Number, "userName", "required"));
            else if (userName.Length > 64) errors.Add(At(row.Number, "userName", "too_long", 64));
            else if (userName.Any(ch => !allowedNameCharacters.Contains(ch))) errors.Add(At(row.Number, "userName", "invalid_user_name"));
            else if (firstRowOf.TryGetValue(userName, out var first)) errors.Add(At(row.Number, "userName", "duplicate_user_in_file", first));
            else firstRowOf[userName] = row.Number;

            var roleText = Cell("role");
            Role? role = roleText is null ? null : ParseRole(roleText);
            if (roleText is null) errors.Add(At(row.Number, "role", "required"));
            else if (role is null) errors.Add(At(row.Number, "role", "unknown_role"));
            else if (role == Role.SystemAdmin) errors.Add(At(row.Number, "role", "role_not_importable"));

            // The scope the role needs must be given and known; what the role does not use is left out, as in the form.
            var scope = role is { } r ? Permissions.ScopeOf(r) : ScopeRequirement.None;
            Guid? Named(string field, ScopeRequirement needs, Dictionary<string, Guid> known, string unknownKey)
            {
                var text = Cell(field);
                if (scope != needs) return null;
                if (text is null) { errors.Add(At(row.Number, field, "role_scope", Text.Get("scope." + needs))); return null; }
                if (known.TryGetValue(text, out var id)) return id;
                errors.Add(At(row.Number, field, unknownKey));
                return null;
            }
            var park = Named("park", ScopeRequirement.Park, lookups.Parks, "unknown_park");
            var department = Named("department", ScopeRequirement.Department, lookups.Departments, "unknown_department");
            var bank = Named("bank", ScopeRequirement.Bank, lookups.Banks, "unknown_bank");
            string? creditCode = null;
            if (scope == ScopeRequirement.Enterprise)
            {
                if (Cell("enterprise") is not { } code) errors.Add(At(row.Number, "enterprise", "role_scope", Text.Get("scope.Enterprise")));
                else if (Domain.Enterprises.CreditCode.Check(Domain.Enterprises.CreditCode.Normalise(code)) is { } problem)
                    errors.Add(At(row.Number, "enterprise", "credit_code." + problem));
                else creditCode = Domain.Enterprises.CreditCode.Normalise(code);
            }

            var phone = Cell("phone");
            if (phone is not null && !Phone().IsMatch(phone)) errors.Add(At(row.Number, "phone", "phone"));

            if (errors.Count == before)
                rows.Add(new PlannedUser(row.Number, displayName!, userName!, role!.Value)
                {
                    ParkId = park, DepartmentId = department, BankId = bank, CreditCode = creditCode, Phone = phone,
                });
        }
        return (rows, errors);
    }

    private static Role? ParseRole(string text)
    {
        foreach (var (role, (zh, en)) in RoleNames)
            if (text == zh || string.Equals(text, en, StringComparison.OrdinalIgnoreCase) || string.Equals(text, role.ToString(), StringComparison.OrdinalIgnoreCase))
                return role;
        return null;
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{4,19}$")]
    private static partial Regex Phone();

    private static async Task<IResult> WriteAsync(ApiServices api, Guid zone, List<PlannedUser> rows, Dictionary<PlannedUser, string> normalized,
        IPasswordHasher<AppUser> hasher, PasswordPolicy passwords, ImportReports reports)
    {
        var db = api.Db;
        var now = api.Clock.GetUtcNow();
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, api.Ct);
        var created = new List<ImportedUser>();
        foreach (var row in rows)
        {
            var password = passwords.Generate();
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(), UserName = row.UserName, NormalizedUserName = normalized[row], DisplayName = row.DisplayName,
                ZoneId = zone, ParkId = row.ParkId, DepartmentId = row.DepartmentId, EnterpriseId = row.EnterpriseId, BankId = row.BankId,
                PhoneNumber = row.Phone, LockoutEnabled = true, SecurityStamp = Guid.NewGuid().ToString("N"),
                MustChangePassword = true, PasswordChangedAt = now,
            };
            user.PasswordHash = hasher.HashPassword(user, password);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleIds[row.Role.ToString()] });
            created.Add(new ImportedUser(row.Number, row.UserName, row.DisplayName, row.Role.ToString(), password));
        }
        await db.SaveChangesAsync(api.Ct); // one save: one transaction, every user or none, each audited

        var headers = new[] { Text.Get("row"), "姓名", "登录名", "角色", Text.Get("users.import.password") };
        var sheetRows = created.Select(u => (IReadOnlyList<object?>)[u.Row, u.DisplayName, u.UserName, RoleNames[Enum.Parse<Role>(u.Role)].Zh, u.Password]).ToList();
        var url = reports.StoreFile(api.User, $"{Text.Get("users.import.result")}-{now.ChinaDate():yyyyMMdd}.xlsx",
            XlsxWriter.ToBytes(Text.Get("users.import.result"), headers, sheetRows));
        return TypedResults.Ok(new UserImportResult(created.Count, 0, created, url));
    }
}
