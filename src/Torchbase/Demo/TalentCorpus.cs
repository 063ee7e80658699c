namespace Torchbase.Demo;

/// <summary>
/// Synthetic expert profiles and enterprise demands written from research topics of the zone's industry chains
/// (尼龙新材料, 电气装备, 新能源, 装备制造, 生物医药, 检验检测与信息化; the reports of 2021–2024). Topics of one field share a field
/// vocabulary and every text draws on a generic one, and a profile sometimes strays into a sibling topic, so ranking is
/// not trivial. The generator knows which topic it wrote each text from: that is the ground truth of the matching
/// quality test (a demand and an expert are a relevant pair when they were written from the same topic).
/// </summary>
public static class TalentCorpus
{
    public sealed record Topic(string Field, string Name, string[] Terms);
    public sealed record FieldVocabulary(string Field, string[] Common, Topic[] Topics);

    public sealed record ExpertText(int Topic, string Field, string Summary, string Achievements, List<string> Keywords, List<string> Fields);
    public sealed record DemandText(int Topic, string Field, string Title, string Problem, List<string> Keywords);

    public static readonly FieldVocabulary[] Vocabulary =
    [
        new("尼龙新材料", ["尼龙", "聚酰胺", "高分子材料", "熔体", "材料性能"],
        [
            new("尼龙新材料", "尼龙66聚合", ["己二胺", "己二酸", "尼龙66盐", "连续聚合", "切片", "相对粘度", "端氨基", "聚合釜", "催化剂"]),
            new("尼龙新材料", "改性与注塑", ["玻纤增强", "阻燃改性", "增韧", "注塑成型", "耐高温", "双螺杆挤出", "吸水率", "尺寸稳定性", "汽车零部件"]),
            new("尼龙新材料", "纺丝与工业丝", ["高强工业丝", "帘子布", "熔融纺丝", "纺丝油剂", "断裂强度", "牵伸", "锦纶长丝", "毛丝"]),
            new("尼龙新材料", "染色与回收", ["无水染色", "超临界二氧化碳", "色牢度", "化学回收", "解聚", "废丝再生", "染料", "节水"]),
        ]),
        new("电气装备", ["电气", "输配电", "电网", "绝缘", "电力设备"],
        [
            new("电气装备", "高压开关", ["断路器", "灭弧室", "SF6", "气体绝缘开关", "操动机构", "触头烧蚀", "开断能力", "真空灭弧"]),
            new("电气装备", "智能电网监测", ["局部放电", "在线监测", "状态检修", "传感器", "故障诊断", "数字孪生", "物联网", "智能巡检", "传感器网络", "大数据"]),
            new("电气装备", "绝缘材料与电缆", ["环氧树脂", "绝缘子", "交联聚乙烯", "电缆附件", "热老化", "介电强度", "浇注工艺", "电树枝", "耐高温"]),
        ]),
        new("新能源", ["新能源", "储能", "充放电", "能量密度", "并网"],
        [
            new("新能源", "储能电池", ["磷酸铁锂", "电池管理系统", "热失控", "循环寿命", "电芯", "储能电站", "荷电状态", "液冷", "故障诊断"]),
            new("新能源", "光伏", ["光伏组件", "钙钛矿", "转换效率", "逆变器", "硅片", "电池片", "双面组件", "封装胶膜"]),
            new("新能源", "氢能", ["电解水制氢", "质子交换膜", "燃料电池", "储氢", "催化剂", "电解槽", "氢气纯化", "膜电极"]),
        ]),
        new("装备制造", ["装备", "机械", "结构设计", "有限元", "可靠性"],
        [
            new("装备制造", "矿用装备", ["煤矿", "液压支架", "掘进机", "防爆", "矿用安全", "采煤机", "瓦斯监测", "井下", "传感器", "在线监测"]),
            new("装备制造", "智能制造", ["焊接机器人", "机器视觉", "工业机器人", "自动化产线", "数控", "PLC", "视觉定位", "柔性制造", "汽车零部件", "数据采集"]),
            new("装备制造", "热处理与铸造", ["热处理", "精密铸造", "疲劳寿命", "表面淬火", "齿轮", "耐磨", "渗碳", "铸件缺陷"]),
        ]),
        new("生物医药", ["医药", "药物", "制剂", "生物", "药学"],
        [
            new("生物医药", "中药提取", ["中药提取", "有效成分", "超临界萃取", "质量标准", "指纹图谱", "艾草", "挥发油", "纯化工艺", "超临界二氧化碳"]),
            new("生物医药", "靶向药物", ["靶向药物", "抗体", "细胞实验", "临床前", "药代动力学", "肿瘤", "给药系统", "纳米载体"]),
        ]),
        new("检验检测与信息化", ["信息化", "软件", "数字化", "平台", "检测"],
        [
            new("检验检测与信息化", "检验检测", ["无损检测", "超声检测", "机动车检测", "计量校准", "检测方法", "CMA", "射线探伤", "检测报告", "机器视觉", "故障诊断"]),
            new("检验检测与信息化", "工业软件", ["大数据", "工业互联网", "云平台", "MES", "数据采集", "算法", "边缘计算", "可视化", "物联网", "数字孪生"]),
        ]),
    ];

    public static readonly Topic[] Topics = Vocabulary.SelectMany(v => v.Topics).ToArray();

    private static readonly string[] Generic = ["关键技术", "工艺优化", "成本降低", "产业化", "性能提升", "技术攻关", "质量控制", "节能降耗", "标准制定", "新产品开发"];
    private static readonly string[] Issues = ["良品率偏低", "稳定性不足", "能耗偏高", "依赖进口", "成本过高", "检测手段落后", "效率不高"];

    /// <summary>
    /// The demo libraries: <paramref name="experts"/> profiles and <paramref name="demands"/> demands over all topics
    /// (topics dealt in turn, so each has about the same number of experts), in a shuffled order.
    /// </summary>
    public static (List<ExpertText> Experts, List<DemandText> Demands) Sample(Random random, int experts, int demands)
    {
        var e = Enumerable.Range(0, experts).Select(i => Expert(random, i % Topics.Length)).OrderBy(_ => random.Next()).ToList();
        var d = Enumerable.Range(0, demands).Select(i => Demand(random, i % Topics.Length)).OrderBy(_ => random.Next()).ToList();
        return (e, d);
    }

    public static ExpertText Expert(Random random, int topicIndex)
    {
        var topic = Topics[topicIndex];
        var field = Vocabulary.First(v => v.Field == topic.Field);
        var own = Pick(random, topic.Terms, 5);
        // One in two profiles also works on a sibling topic of the same field: realistic, and a trap for the ranking.
        var sibling = field.Topics.Where(t => t != topic).ToArray();
        var stray = sibling.Length > 0 && random.Next(2) == 0 ? Pick(random, sibling[random.Next(sibling.Length)].Terms, 2) : [];
        var common = Pick(random, field.Common, 2);
        var generic = Pick(random, Generic, 2);
        var summary = $"主要从事{own[0]}与{own[1]}研究，在{own[2]}、{common[0]}方面有系统积累" +
                      (stray.Length > 0 ? $"，近年兼顾{stray[0]}和{stray[1]}" : "") +
                      $"，可为企业提供{generic[0]}和{own[3]}技术支持。";
        var achievements = $"主持{topic.Field}领域省部级项目{random.Next(1, 6)}项，授权发明专利{random.Next(1, 12)}项，" +
                           $"成果“{own[4]}{generic[1]}”已在{random.Next(1, 6)}家企业应用。";
        var keywords = own.Take(3).Append(stray.Length > 0 ? stray[0] : common[1]).ToList();
        return new ExpertText(topicIndex, topic.Field, summary, achievements, keywords, [topic.Field]);
    }

    public static DemandText Demand(Random random, int topicIndex)
    {
        var topic = Topics[topicIndex];
        var field = Vocabulary.First(v => v.Field == topic.Field);
        var own = Pick(random, topic.Terms, 4);
        // A third of the demands also name a neighbouring topic's term, as enterprises describe symptoms, not disciplines.
        var neighbours = Topics.Where(t => t != topic && (t.Field == topic.Field || random.Next(4) == 0)).ToArray();
        if (random.Next(3) == 0) own[1] = neighbours[random.Next(neighbours.Length)].Terms[random.Next(8)];
        var common = Pick(random, field.Common, 1);
        var generic = Pick(random, Generic, 1);
        var issue = Issues[random.Next(Issues.Length)];
        var title = $"{own[0]}{generic[0]}";
        var problem = random.Next(2) == 0
            ? $"我公司在{own[0]}环节{issue}，{own[1]}不稳定，希望与高校合作开展{generic[0]}，重点解决{common[0]}相关难题。"
            : $"公司现有{common[0]}产品{issue}，拟围绕{own[1]}开展{generic[0]}，寻求{own[2]}方向专家指导。";
        var keywords = random.Next(2) == 0 ? [own[0]] : new List<string> { own[0], common[0] };
        return new DemandText(topicIndex, topic.Field, title, problem, keywords);
    }

    private static string[] Pick(Random random, string[] from, int count) =>
        from.OrderBy(_ => random.Next()).Take(Math.Min(count, from.Length)).ToArray();
}
