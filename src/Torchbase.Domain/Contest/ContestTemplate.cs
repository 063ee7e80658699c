namespace Torchbase.Domain.Contest;

/// <summary>
/// The contest as 《擂台比武争先锋 比学赶超促发展》(2024) reports it (高新区 2023年度“学比争 看实效”夺标赛, held 2024-01-23): three categories in a drawn
/// order; five aspects (党的建设, 党风廉政建设, 工作实绩, 重点工作, 新年谋划); per category one first prize of 5万 and two
/// second prizes of 3万, paid as the unit's work funds. The report gives no points per aspect: the maxima below
/// (20/15/30/20/15 = 100, weight 1) are an editable default of ours, not a published rule. The tie-breakers
/// (工作实绩 first, then the drawn order) are likewise our default.
/// </summary>
public static class ContestTemplate
{
    public const string Source = "《擂台比武争先锋 比学赶超促发展》(2024): 高新区举办2023年度“学比争 看实效”夺标赛活动（2024年1月23日）";

    public static readonly string[] Categories = ["发展类", "经济类", "保障类"];

    public static IReadOnlyList<ContestAspect> Aspects() =>
    [
        new() { Code = "PARTY", Name = "党的建设", MaxScore = 20, Weight = 1, SortOrder = 1 },
        new() { Code = "INTEGRITY", Name = "党风廉政建设", MaxScore = 15, Weight = 1, SortOrder = 2 },
        new() { Code = "RESULTS", Name = "工作实绩", MaxScore = 30, Weight = 1, SortOrder = 3 },
        new() { Code = "KEYTASKS", Name = "重点工作", MaxScore = 20, Weight = 1, SortOrder = 4 },
        new() { Code = "PLAN", Name = "新年谋划", MaxScore = 15, Weight = 1, SortOrder = 5 },
    ];

    public static IReadOnlyList<PrizeRule> Prizes() =>
    [
        new() { Level = 1, Name = "一等奖", Count = 1, AmountWan = 5 },
        new() { Level = 2, Name = "二等奖", Count = 2, AmountWan = 3 },
    ];

    public const string TieBreakers = "aspect:RESULTS,draw";
}
