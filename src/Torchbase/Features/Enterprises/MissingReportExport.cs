using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Enterprises;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Enterprises;

/// <summary>The 催报 list as a workbook: who in scope has not reported a year (or had the report returned), with the reason.</summary>
public static class MissingReportExport
{
    public static void MapMissingReportExport(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/annual-reports").WithTags("AnnualReports");

        group.MapGet("/missing/export", ExportMissingReports)
            .WithName(nameof(ExportMissingReports))
            .WithSummary("The 催报 list of a year as a workbook, searched and sorted as the list")
            .RequireAuthorization(Permissions.EnterprisesWrite);
    }

    private static readonly Dictionary<ReportStatus, string> StatusNames = new()
    {
        [ReportStatus.Accepted] = "已审核", [ReportStatus.Pending] = "待审核", [ReportStatus.Returned] = "已退回",
    };

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportMissingReports(
        [AsParameters] MissingQuery q, [AsParameters] ApiServices api)
    {
        var thisYear = api.Clock.Today().Year;
        var year = q.Year ?? thisYear - 1;
        if (year < 1980 || year > thisYear) return Problems.Validation(new Errors().Add("year", "year_range", 1980, thisYear));
        var rows = await AnnualReportEndpoints.Missing(api.Db, year, q).ToListAsync(api.Ct);
        var bytes = Spreadsheets.XlsxWriter.ToBytes($"{year}年度未报企业", ["统一社会信用代码", "企业名称", "所属园区", "年度", "状态", "退回原因"],
            rows.Select(r => (IReadOnlyList<object?>)[r.CreditCode, r.Name, r.ParkName, year, r.Status is { } s ? StatusNames[s] : "未填报", r.ReturnReason]));
        return TypedResults.File(bytes, Spreadsheets.XlsxWriter.ContentType, $"{year}年度未报企业-{api.Clock.Today():yyyyMMdd}.xlsx");
    }
}
