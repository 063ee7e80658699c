using Torchbase.Domain.Cultivation;
using Torchbase.Localization;

namespace Torchbase.Features.Cultivation;

/// <summary>Columns of the cultivation exports (Chinese headers, the zone's working language).</summary>
public static class CultivationSheets
{
    public static readonly string[] CandidateHeaders = ["企业名称", "园区", "目标梯次", "状态", "得分", "差距(%)", "未满足条件", "评估日期", "已入培育库"];

    public static IReadOnlyList<object?> CandidateRow(CandidateRow c) =>
    [
        c.Name, c.ParkName, Text.Get($"tier.{c.Tier}"), Text.Get($"band.{c.Band}"), c.Score,
        c.Distance is { } d ? Math.Round(d * 100, 1) : null, string.Join("、", c.Gaps.Select(g => Text.Get($"criterion.{g}"))),
        c.EvaluatedOn.ToString("yyyy-MM-dd"), c.InLibrary ? "是" : "否",
    ];

    public static readonly string[] LibraryHeaders = ["企业名称", "园区", "目标梯次", "目标年度", "责任人", "状态", "入库日期", "最近动作"];

    public static IReadOnlyList<object?> LibraryRow(LibraryItem i) =>
    [
        i.EnterpriseName, i.ParkName, Text.Get($"tier.{i.TargetTier}"), i.TargetYear, i.OfficerName, Text.Get($"cultivationStatus.{i.Status}"),
        i.AddedOn.ToString("yyyy-MM-dd"), i.LastActionOn?.ToString("yyyy-MM-dd"),
    ];

    public static readonly string[] RenewalHeaders =
        ["企业名称", "统一社会信用代码", "园区", "资质", "证书编号", "发证日期", "到期日期", "剩余天数", "状态", "续期方式", "续期规则已核实"];

    public static IReadOnlyList<object?> RenewalRow(RenewalRow r) =>
    [
        r.EnterpriseName, r.CreditCode, r.ParkName, Text.Get($"tier.{r.Type}"), r.CertificateNo, r.IssuedOn, r.ExpiresOn, r.DaysLeft,
        Text.Get($"renewal_state.{r.State}"), Text.Get($"renewal_kind.{r.Kind}"), r.Confirmed,
    ];
}
