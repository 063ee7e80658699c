using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Talent;
using Torchbase.Features.Audit;
using Torchbase.Features.Enterprises;
using Torchbase.Features.Imports;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;
using Torchbase.Spreadsheets;

namespace Torchbase.Features.Talent;

/// <summary>An expert as a row of the workbook, in the terms of <see cref="ExpertInput"/>.</summary>
public sealed record ExpertImportRow(string Name, string Institution, ExpertInput Input);

/// <summary>
/// The expert library's workbook (博士人才库), in the columns of the library's export, so an exported file imports back. An expert
/// is matched by name and employer within the zone: the library keys nothing else (no ID number is kept, and a phone number is
/// confidential, so it cannot serve as the key for a caller who may not see it).
/// </summary>
public sealed class ExpertSheet(ClaimsPrincipal? user = null) : ImportSheet<ExpertImportRow>
{
    public const string Yes = "是";
    public const string No = "否";

    public override string Name => "博士人才库";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new("姓名", "name", CellType.Text, true, Example: "张明"),
        new("单位", "institution", CellType.Text, true, Example: "郑州大学材料科学与工程学院"),
        new("职称", "title", CellType.Text, Example: "教授"),
        new("学位", "degree", CellType.Code, true, [.. TalentLabels.Degree.Values], TalentLabels.Degree[ExpertDegree.Doctor]),
        new("领域", "fields", CellType.Text, true, Example: "尼龙新材料、新能源", Note: "多个领域用顿号（、）分隔"),
        new("关键词", "keywords", CellType.Text, true, Example: "尼龙66、改性、阻燃", Note: "多个关键词用顿号（、）分隔，至多 20 个"),
        new("研究方向", "researchSummary", CellType.Text, Example: "尼龙材料的阻燃改性与注塑成型"),
        new("主要成果", "achievements", CellType.Text, Example: "主持国家自然科学基金项目 2 项"),
        new("对接状态", "availability", CellType.Code, true, [.. TalentLabels.Availability.Values], TalentLabels.Availability[ExpertAvailability.Available]),
        new("同意联系", "consentToContact", CellType.Code, false, [Yes, No], No),
        new("电话", "phone", CellType.Text, Example: "13800000000"),
        new("邮箱", "email", CellType.Text, Example: "zhangming@example.edu.cn"),
        new("对接数", "matchCount", CellType.Integer, Note: "仅供核对"),
        new("签约数", "signedCount", CellType.Integer, Note: "仅供核对"),
    ];

    /// <summary>The contact columns: kept out of an error report unless the caller sees every expert's contact details.</summary>
    public static readonly IReadOnlyList<string> ContactFields = ["phone", "email"];

    public override IReadOnlyList<SheetColumn> Columns => All;

    public override IReadOnlyList<string> Notes =>
        [Text.Get("import_expert_notes.match"), Text.Get("import_expert_notes.contacts"), Text.Get("import_registry_notes.read_only")];

    private readonly Dictionary<(string, string), int> _firstRow = [];

    public override ExpertImportRow? Parse(SheetRow row)
    {
        var (name, institution) = (row.Text("name")!, row.Text("institution")!);
        var input = new ExpertInput(name, institution, row.Text("title"), TalentLabels.Degree.First(d => d.Value == row.Text("degree")).Key,
            List(row.Text("fields")), List(row.Text("keywords")), row.Text("researchSummary"), row.Text("achievements"),
            TalentLabels.Availability.First(a => a.Value == row.Text("availability")).Key,
            row.Text("consentToContact") is { } consent ? consent == Yes : null, row.Text("phone"), row.Text("email"), null, null);
        row.Fail(ExpertEndpoints.Validate(input));
        if (row.Failed) return null;
        if (_firstRow.TryGetValue((name, institution), out var first)) { row.Fail("name", "duplicate_name_in_file", first); return null; }
        _firstRow[(name, institution)] = row.Number;
        return new ExpertImportRow(name, institution, input);
    }

    /// <summary>
    /// The error report repeats the uploaded cells; phone and e-mail only to the library's contact curator, who sees every
    /// expert's. Anyone else gets them masked, as the audit log and the export mask them.
    /// </summary>
    public override XlsxSheet ForReport(XlsxSheet upload)
    {
        if (user is not null && user.IsInRole(ExpertContacts.Curator.ToString())) return upload;
        var headers = upload.Headers.Select(h => h.TrimEnd().TrimEnd('*', '＊').TrimEnd()).ToList();
        var hidden = ContactFields.Select(f => headers.IndexOf(Column(f).Header)).Where(i => i >= 0).ToHashSet();
        if (hidden.Count == 0) return upload;
        return upload with
        {
            Rows = [.. upload.Rows.Select(r => new XlsxRow(r.Number,
                [.. r.Cells.Select((c, i) => hidden.Contains(i) && !string.IsNullOrWhiteSpace(c) ? AuditRedaction.Hidden : c)]))],
        };
    }

    /// <summary>A list cell as the export writes it (顿号) or as people type it (commas, semicolons).</summary>
    internal static List<string>? List(string? cell) =>
        cell?.Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } parts
            ? [.. parts] : null;
}

/// <summary>The expert library in bulk: the template and the all-or-nothing import (the export is the library's own).</summary>
public static class ExpertImport
{
    public static void MapExpertImport(this RouteGroupBuilder group)
    {
        group.MapGet("/experts/import/template", DownloadExpertTemplate)
            .WithName(nameof(DownloadExpertTemplate))
            .WithSummary("The expert-library import template, in the columns of the library's export")
            .RequireAuthorization(Permissions.TalentWrite);
        group.MapPost("/experts/import", ImportExperts)
            .WithName(nameof(ImportExperts))
            .WithSummary("Import experts and PhDs, all or nothing: an expert of the same name and employer in the zone is updated")
            .RequireAuthorization(Permissions.TalentWrite);
    }

    public static FileContentHttpResult DownloadExpertTemplate(TimeProvider clock) => SheetImport.Template(new ExpertSheet(), clock);

    public static async Task<Results<Ok<SheetImportResult>, ValidationProblem, ProblemHttpResult>> ImportExperts(
        HttpRequest request, Guid? zoneId, ImportReports reports, [AsParameters] ApiServices api)
    {
        var (db, ct, user) = (api.Db, api.Ct, api.User);
        if (await ImportZone.ResolveAsync(db, zoneId, ct) is not { } zone) return ImportZone.Missing(zoneId);
        var sheet = new ExpertSheet(user);
        var result = await SheetImport.RunAsync(request, sheet, db, reports, user, async (rows, check) =>
        {
            var existing = (await db.Experts.Where(e => e.ZoneId == zone).ToListAsync(ct))
                .GroupBy(e => (e.Name, e.Institution)).ToDictionary(g => g.Key, g => g.ToList());
            var (imported, updated) = (0, 0);
            foreach (var (number, row) in rows)
            {
                var found = existing.GetValueOrDefault((row.Name, row.Institution));
                if (found is { Count: > 1 }) { check.Fail(sheet, number, "name", "ambiguous_expert"); continue; }
                if (found is [var expert])
                {
                    // As an edit on the page: contact details the caller cannot see are neither shown, changed nor consented to.
                    var viewer = ExpertContacts.Viewer(user, expert.UserId);
                    var problems = ExpertContact.CheckEdit(expert.ConsentToContact, viewer, row.Input.ConsentToContact, row.Input.Phone, row.Input.Email)
                        .ToList();
                    foreach (var (field, code) in problems) check.Fail(sheet, number, field, code);
                    if (problems.Count > 0) continue;
                    ExpertEndpoints.Apply(expert, row.Input, keepContacts: ExpertContact.Keeps(expert.ConsentToContact, viewer));
                    updated++;
                }
                else
                {
                    // A new profile records what the expert's registration form says, consent and contact details included.
                    var created = new ExpertProfile { Name = "", Institution = "", ZoneId = zone };
                    ExpertEndpoints.Apply(created, row.Input, keepContacts: false);
                    db.Experts.Add(created);
                    imported++;
                }
            }
            if (check.Failed) return new SheetImportResult(0, 0);
            await db.SaveChangesAsync(ct);
            return new SheetImportResult(imported, updated);
        }, ct);
        return result.Result switch
        {
            Ok<SheetImportResult> ok => ok,
            var other => (ProblemHttpResult)other,
        };
    }
}
