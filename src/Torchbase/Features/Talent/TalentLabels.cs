using Torchbase.Domain.Talent;

namespace Torchbase.Features.Talent;

/// <summary>Chinese labels for the spreadsheets the API exports (the UI has its own i18n).</summary>
internal static class TalentLabels
{
    public static readonly Dictionary<ExpertAvailability, string> Availability = new()
    {
        [ExpertAvailability.Available] = "可对接", [ExpertAvailability.Limited] = "时间有限", [ExpertAvailability.Unavailable] = "暂不对接",
    };

    public static readonly Dictionary<ExpertDegree, string> Degree = new()
    {
        [ExpertDegree.Doctor] = "博士", [ExpertDegree.Master] = "硕士", [ExpertDegree.Bachelor] = "学士",
    };

    public static readonly Dictionary<DemandStatus, string> DemandStatus = new()
    {
        [Domain.Talent.DemandStatus.Open] = "征集中", [Domain.Talent.DemandStatus.Matched] = "已对接", [Domain.Talent.DemandStatus.Closed] = "已关闭",
    };

    public static readonly Dictionary<MatchStage, string> Stage = new()
    {
        [MatchStage.Recommended] = "已推荐", [MatchStage.Contacted] = "已联系", [MatchStage.Meeting] = "洽谈中",
        [MatchStage.Signed] = "已签约", [MatchStage.Declined] = "未达成",
    };

    public static readonly Dictionary<TechContractType, string> ContractType = new()
    {
        [TechContractType.Development] = "技术开发", [TechContractType.Transfer] = "技术转让", [TechContractType.Licence] = "技术许可",
        [TechContractType.Consulting] = "技术咨询", [TechContractType.Service] = "技术服务",
    };

    public static readonly Dictionary<TalentCategory, string> Category = new()
    {
        [TalentCategory.Academician] = "两院院士", [TalentCategory.ZhongyuanScholar] = "中原学者", [TalentCategory.LeadingTalent] = "创新创业领军人才",
        [TalentCategory.Doctor] = "博士", [TalentCategory.Team] = "创新团队",
    };
}
