using Torchbase.Domain.Common;

namespace Torchbase.Domain.Cultivation;

/// <summary>
/// Facts a yearly report cannot hold, declared by the enterprise or its officer. Every field is nullable:
/// null means nobody has said, and the evaluation reports the criterion as unknown instead of assuming it.
/// Shares are fractions (0.7 = 70%), money in 万元.
/// </summary>
public sealed class EnterpriseDeclarations : IVersioned
{
    public Guid EnterpriseId { get; set; }
    /// <summary>高企 condition 2: owns IP that plays a core supporting role for its main products.</summary>
    public bool? IpCoreSupport { get; set; }
    /// <summary>高企 condition 3: the technology is in 《国家重点支持的高新技术领域》.</summary>
    public bool? InHighTechField { get; set; }
    /// <summary>No major safety or quality accident, no serious environmental violation or dishonesty in the last year.</summary>
    public bool? NoMajorIncident { get; set; }
    /// <summary>Products not in a restricted or eliminated category.</summary>
    public bool? NotRestrictedIndustry { get; set; }
    /// <summary>高企 expert scores: technical advancement (0–8) and core supporting role (0–8) of the IP.</summary>
    public int? IpAdvancementScore { get; set; }
    public int? IpCoreRoleScore { get; set; }
    /// <summary>IP obtained by own R&D (true) or only by assignment/licence (false).</summary>
    public bool? IpSelfDeveloped { get; set; }
    /// <summary>Conversions of S&T achievements over the last three years.</summary>
    public int? Conversions3Years { get; set; }
    /// <summary>高企 R&D organisation and management score (0–20).</summary>
    public int? RdManagementScore { get; set; }
    /// <summary>Led a national/industry standard in the last five years.</summary>
    public bool? LedStandard { get; set; }
    /// <summary>National S&T award in the last five years (ranked in the top three of the award units).</summary>
    public bool? NationalAward { get; set; }
    /// <summary>Provincial S&T award in the last three years (top three).</summary>
    public bool? ProvincialAward { get; set; }
    /// <summary>A recognised provincial-or-higher R&D institution.</summary>
    public bool? ProvincialRdInstitution { get; set; }
    /// <summary>Has its own R&D institution (or one jointly with universities).</summary>
    public bool? HasRdInstitution { get; set; }
    /// <summary>New equity financing by qualified investors (paid in), 万元.</summary>
    public decimal? EquityFinancing2Years { get; set; }
    public decimal? EquityFinancing3Years { get; set; }
    /// <summary>Years in its niche market (从事特定细分市场时间).</summary>
    public int? NicheYears { get; set; }
    /// <summary>Main-business revenue as a share of revenue, last year.</summary>
    public decimal? MainBusinessShare { get; set; }
    /// <summary>Main product in a key field (工业“六基”, 补短板/锻长板/填空白, 中华老字号).</summary>
    public bool? KeyFieldProduct { get; set; }
    /// <summary>Score of the provincial 专精特新 100-point evaluation.</summary>
    public int? SpecializedScore { get; set; }
    /// <summary>专精特新 2022: main product's field — 2 补短板/锻长板/填空白 in a key chain; 1 工业“六基”, 中华老字号 or serving a chain leader; 0 other.</summary>
    public int? ProductFieldLevel { get; set; }
    /// <summary>专精特新 2022: digital level by 《中小企业数字化水平评测指标（2022年版）》 (1–4).</summary>
    public int? DigitalLevel { get; set; }
    /// <summary>专精特新 2022: quality items held (0–4): quality award, ISO 9001-type certification, own brand, took part in standards.</summary>
    public int? QualityItems { get; set; }
    /// <summary>专精特新 2022: the province's 特色化 indicators' score (0–15).</summary>
    public int? LocalIndicatorScore { get; set; }
    /// <summary>Level of the enterprise's R&amp;D institution: 4 national, 3 provincial, 2 city, 1 below city, 0 none.</summary>
    public int? RdInstitutionLevel { get; set; }
    /// <summary>National (or international) share of its niche market, as a fraction.</summary>
    public decimal? NicheMarketShare { get; set; }
    /// <summary>Ranks in the top three of its niche in China.</summary>
    public bool? NicheTopThreeInChina { get; set; }
    /// <summary>Main product ranks well in its niche (2026 专精特新: 较为靠前, no number in the text).</summary>
    public bool? MarketRanksWell { get; set; }
    public bool? OwnBrand { get; set; }
    /// <summary>At least one core business runs on an information system (小巨人 2022).</summary>
    public bool? CoreBusinessOnInformationSystem { get; set; }
    /// <summary>A management-system certification or a product certified in a developed market (小巨人 2022).</summary>
    public bool? ManagementCertification { get; set; }
    /// <summary>Main product in the listed basic or strategic fields, at a key link of a priority chain (小巨人).</summary>
    public bool? KeyChainLink { get; set; }
    /// <summary>中小企业专精特新发展评价 score (工信厅企业〔2024〕75号), this year and last year.</summary>
    public int? DevelopmentScore { get; set; }
    public int? DevelopmentScorePreviousYear { get; set; }
    public bool? MakerChinaTop500 { get; set; }
    public bool? MakerChinaTop50 { get; set; }
    public int Version { get; set; }
}
