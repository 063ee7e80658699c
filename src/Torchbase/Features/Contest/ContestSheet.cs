using Torchbase.Domain.Contest;

namespace Torchbase.Features.Contest;

/// <summary>The results workbook: one row per unit, categories one after another, Chinese headers.</summary>
public static class ContestSheet
{
    public static string StatusName(ContestStatus status) => status switch
    {
        ContestStatus.Setup => "筹备中", ContestStatus.Scoring => "评分中", _ => "已公布",
    };

    public static string FlagName(ResultFlag flag) => flag switch
    {
        ResultFlag.MissingSheets => "缺评分表",
        ResultFlag.NoSheets => "无评分",
        ResultFlag.TrimSkipped => "评分表不足未去极值",
        ResultFlag.TieBroken => "同分按规则排序",
        ResultFlag.TieShared => "并列",
        _ => "并列跨奖项边界",
    };

    public static IReadOnlyList<string> Headers(ContestResults results) =>
        ["类别", "名次", "单位", "抽签序号", .. results.Aspects.Select(a => a.Name!), "得分", "有效评分表", "去掉", "应评", "奖项", "奖金（万元）", "说明"];

    public static IEnumerable<IReadOnlyList<object?>> Rows(ContestResults results) =>
        from category in results.Categories
        from line in category.Units
        select (IReadOnlyList<object?>)[
            category.Name, line.Rank, line.Name, line.DrawPosition,
            .. results.Aspects.Select(a => (object?)line.Aspects.GetValueOrDefault(a.Code!)),
            line.Score, line.SheetsCounted, line.SheetsTrimmed, line.SheetsExpected, line.Prize, line.PrizeAmountWan,
            string.Join("；", line.Flags.Select(FlagName).Concat(line.Excluded.Select(e => $"{e.JudgeName}的评分表未计入（{ExclusionName(e.Reason)}）"))),
        ];

    private static string ExclusionName(ExclusionReason reason) => reason switch
    {
        ExclusionReason.ConflictOfInterest => "本单位负责人回避",
        ExclusionReason.NotOnPanel => "非评审团成员",
        ExclusionReason.Incomplete => "评分不完整",
        _ => "分值超出范围",
    };
}
