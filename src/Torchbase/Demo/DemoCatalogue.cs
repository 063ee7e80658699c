using Torchbase.Domain.Enterprises;

namespace Torchbase.Demo;

/// <summary>
/// The shape of the demo zones, taken from the newspaper reports on the two zones (see docs/architecture.md): the Pingdingshan zone's six parks and
/// industry chains (the reports of 2021–2024), the Nanyang zone's counts of 高企 122, 科小 401, 瞪羚 7, 专精特新 36 (《高新区：追高逐新，激活发展新动能》(2024)),
/// 106 municipal-or-higher R&D institutions of which 35 provincial or higher (《擂台比武争先锋 比学赶超促发展》(2024)), six incubation carriers
/// with two national incubators and about 270 incubated enterprises (《高歌奋起谱新篇》(2021), 《擂台比武争先锋 比学赶超促发展》(2024)). All generated data is 示例数据.
/// </summary>
public static class DemoCatalogue
{
    /// <summary>An industry chain; most of its enterprises sit in its home park, the rest anywhere.</summary>
    public sealed record ChainSpec(string Code, string Name, string Noun, string[] Links, string HomePark);
    public sealed record ZoneSpec(string Region, string City, string Zone, string CityPrefix, string DivisionCode,
        string[] Parks, ChainSpec[] Chains, string[] Carriers, int CarrierNationalCount);

    /// <summary>Qualification counts per 1,500 enterprises (《高新区：追高逐新，激活发展新动能》(2024)'s counts; 小巨人 and 龙头 from 《擂台比武争先锋 比学赶超促发展》(2024)'s
    /// "breakthroughs").</summary>
    public static readonly (QualificationType Type, int Per1500)[] QualificationShares =
    [
        (QualificationType.TechSme, 401), (QualificationType.HighTech, 122), (QualificationType.Gazelle, 7),
        (QualificationType.Specialized, 36), (QualificationType.LittleGiant, 2), (QualificationType.InnovationLeader, 5),
        (QualificationType.InnovativeSme, 60),
    ];

    /// <summary>
    /// The GB/T 4754-2017 division (大类) of each chain link, so the demo's enterprises fall under the size rules as such
    /// firms would: nylon and electrical links under manufacturing, logistics under transport, testing under technical services.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> IndustryCodeOfLink = new Dictionary<string, string>
    {
        ["尼龙切片"] = "C26", ["改性尼龙"] = "C29", ["纺丝织造"] = "C28", ["注塑制品"] = "C29", ["工业丝"] = "C28",
        ["高压开关"] = "C38", ["开关零部件"] = "C38", ["输配电设备"] = "C38", ["智能电气"] = "C38",
        ["光伏组件"] = "C38", ["储能电池"] = "C38", ["系统集成"] = "I65",
        ["仓储"] = "G59", ["运输"] = "G54", ["供应链管理"] = "L72",
        ["检验检测"] = "M74", ["软件信息"] = "I65", ["科技咨询"] = "M75",
        ["光学元件"] = "C40", ["光学组件"] = "C40", ["光学整机"] = "C40",
        ["防爆电机"] = "C38", ["成套设备"] = "C35", ["检测服务"] = "M74",
        ["中药材"] = "C27", ["中成药"] = "C27", ["医药物流"] = "F51",
    };

    public const int PlatformsPer1500 = 106;
    public const int ProvincialPlatformsPer1500 = 35;
    public const int IncubatingPer1500 = 270;

    public static readonly ZoneSpec Pingdingshan = new("河南省", "平顶山市", "平顶山高新区（示例）", "平顶山", "410400",
        ["电气装备产业园区", "尼龙新材料产业园区", "新能源储能产业园区", "临港物流产业园区", "沙河产业园区", "创新创业服务园区"],
        [
            new("NYLON", "尼龙新材料", "新材料", ["尼龙切片", "改性尼龙", "纺丝织造", "注塑制品", "工业丝"], "尼龙新材料产业园区"),
            new("ELECTRIC", "电气装备制造", "电气", ["高压开关", "开关零部件", "输配电设备", "智能电气"], "电气装备产业园区"),
            new("STORAGE", "新能源储能", "新能源", ["光伏组件", "储能电池", "系统集成"], "新能源储能产业园区"),
            new("LOGISTICS", "现代物流", "物流", ["仓储", "运输", "供应链管理"], "临港物流产业园区"),
            new("TECHSERVICE", "科技服务", "科技", ["检验检测", "软件信息", "科技咨询"], "创新创业服务园区"),
        ],
        ["高新区创业服务中心", "尼龙新材料众创空间", "智慧岛众创空间", "电气装备产业加速器", "临港物流科技企业孵化器", "高新火炬园"], 2);

    public static readonly ZoneSpec Nanyang = new("河南省", "南阳市", "南阳高新区（示例）", "南阳", "411300",
        ["张衡园区", "中关村园区", "魏营片区"],
        [
            new("OPTO", "光电信息", "光电", ["光学元件", "光学组件", "光学整机"], "中关村园区"),
            new("EXPLOSION", "防爆装备", "防爆电气", ["防爆电机", "成套设备", "检测服务"], "张衡园区"),
            new("TCM", "现代中医药", "医药", ["中药材", "中成药", "医药物流"], "魏营片区"),
        ],
        ["高新区创业服务中心", "中关村e谷软件创业基地"], 2);

    public static readonly string[] Departments =
    [
        "经济发展局", "科技创新局", "财政金融局", "自然资源和规划分局", "生态环境分局", "住房和城乡建设局",
        "市场监督管理分局", "税务分局", "人力资源和社会保障局", "应急管理局",
    ];

    public static readonly string[] Banks = ["中国工商银行平顶山分行", "中国银行平顶山分行", "中国建设银行平顶山分行", "中原银行平顶山分行", "平顶山银行"];

    public static readonly string[] TradeNames =
    [
        "恒", "鑫", "华", "瑞", "宏", "泰", "盛", "博", "远", "达", "通", "隆", "安", "信", "德", "金", "宇", "新", "嘉", "正",
        "天", "中", "润", "昌", "兴", "丰", "捷", "凯", "明", "科", "创", "智", "源", "汇", "众", "祥", "益", "东", "海", "卓",
    ];

    public static readonly string[] Suffixes = ["科技有限公司", "股份有限公司", "有限公司", "技术有限公司", "实业有限公司"];

    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];

    public static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "磊", "强", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "平", "刚", "华", "鹏"];

    public static readonly (PlatformKind Kind, string Suffix)[] PlatformKinds =
    [
        (PlatformKind.EngineeringCenter, "工程技术研究中心"), (PlatformKind.EnterpriseTechCenter, "企业技术中心"), (PlatformKind.KeyLab, "重点实验室"),
        (PlatformKind.NewRdInstitution, "新型研发机构"), (PlatformKind.ResearchInstitute, "研究院"), (PlatformKind.PilotBase, "中试基地"),
        (PlatformKind.AcademicianWorkstation, "院士工作站"), (PlatformKind.PostdocStation, "博士后创新实践基地"), (PlatformKind.TechTransferOrg, "技术转移示范机构"),
    ];
}
