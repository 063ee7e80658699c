using System.Globalization;
using Torchbase.Domain.Enterprises;
using Torchbase.Localization;
using Torchbase.Spreadsheets;

namespace Torchbase.Features.Enterprises;

/// <summary>The registry's spreadsheet layout: the import template's columns and the export's.</summary>
public static class EnterpriseSheet
{
    /// <summary>Import columns: header, the input field it fills, whether required.</summary>
    public static readonly (string Header, string Field, bool Required)[] ImportColumns =
    [
        ("统一社会信用代码", "creditCode", true),
        ("企业名称", "name", true),
        ("所属园区", "parkId", true),
        ("产业链", "industryChain", true),
        ("产业环节", "industryLink", false),
        ("企业规模", "scale", true),
        ("成立日期", "registeredOn", true),
        ("注册地址", "address", false),
        ("法定代表人", "legalRepresentative", false),
        ("联系人", "contactName", false),
        ("联系电话", "contactPhone", false),
        // Last, so a workbook filled in from the older template still lines up.
        ("国民经济行业代码", "industryCode", false),
    ];

    public static readonly string[] ExportHeaders =
        ["统一社会信用代码", "企业名称", "所属园区", "产业链", "国民经济行业代码", "企业规模", "状态", "成立日期", "资质", "最近年度", "营业收入（万元）", "联系人", "联系电话"];

    public static readonly Dictionary<EnterpriseScale, string> ScaleNames = new()
    {
        [EnterpriseScale.Large] = "大型", [EnterpriseScale.Medium] = "中型", [EnterpriseScale.Small] = "小型", [EnterpriseScale.Micro] = "微型",
    };

    public static readonly Dictionary<EnterpriseStatus, string> StatusNames = new()
    {
        [EnterpriseStatus.Active] = "在册", [EnterpriseStatus.MovedOut] = "已迁出", [EnterpriseStatus.Deregistered] = "已注销",
    };

    public static readonly Dictionary<QualificationType, string> QualificationNames = new()
    {
        [QualificationType.TechSme] = "科技型中小企业", [QualificationType.HighTech] = "高新技术企业", [QualificationType.Gazelle] = "瞪羚企业",
        [QualificationType.InnovationLeader] = "创新龙头企业", [QualificationType.InnovativeSme] = "创新型中小企业",
        [QualificationType.Specialized] = "专精特新中小企业", [QualificationType.LittleGiant] = "专精特新“小巨人”企业",
    };

    public static IReadOnlyList<object?> ExportRow(EnterpriseItem e) =>
    [
        e.CreditCode, e.Name, e.ParkName, e.IndustryChainName ?? e.IndustryChain, e.IndustryCode, ScaleNames[e.Scale], StatusNames[e.Status], e.RegisteredOn,
        string.Join("、", e.Qualifications.Select(q => QualificationNames[q])), e.LatestYear, e.LatestRevenue, e.ContactName, e.ContactPhone,
    ];

    public static EnterpriseScale? ParseScale(string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t)) return null;
        foreach (var (scale, name) in ScaleNames)
            if (name == t || name.TrimEnd('型') == t) return scale;
        return Enum.TryParse<EnterpriseScale>(t, true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
    }

    /// <summary>Dates as people type them (2020-05-01, 2020/5/1, 2020年5月1日) or as Excel stores them (a serial number).</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        string[] formats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];
        if (DateOnly.TryParseExact(t, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return null;
    }

    public static string ColumnOf(int index) => XlsxReader.ColumnName(index);

    public static string MissingColumnMessage(string header) => Text.Get("import_missing_column", header);
}
