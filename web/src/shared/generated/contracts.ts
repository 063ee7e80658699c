// GENERATED from the server's C# by tests/Torchbase.Tests/GeneratedContractsTests.cs — do not edit by hand.
// One source for the facts the server and the web share; each lives in C# once and the web imports it from here:
// - enums: every public enum of Torchbase.Domain and the API's own (Role, SheetState), values as the JSON carries them;
// - SIZE_CLASSES: the sector classes of the designated-size rules (Domain/Enterprises/SizeRules);
// - PERMISSIONS: src/Torchbase/Identity/Roles.cs;
// - LIMITS: text lengths, src/Torchbase.Domain/Common/Limits.cs (also used by the EF configuration and the endpoints);
// - SERVER_LABELS: labels the server shows too (exports, messages) have their home in src/Torchbase/Localization/Text.cs
//   and are merged into the web's messages from here; a label only the web shows lives in the web's i18n files only.
// After changing the C#: UPDATE_GENERATED=1 dotnet test tests/Torchbase.Tests --filter "FullyQualifiedName~GeneratedContracts"

export const ActorKind = ['Enterprise', 'Officer', 'Department', 'Leader'] as const
export type ActorKind = (typeof ActorKind)[number]

export const AgencyCaseStatus = ['Open', 'Completed'] as const
export type AgencyCaseStatus = (typeof AgencyCaseStatus)[number]

export const AmountRuleKind = ['Fixed', 'Share', 'GrowthShare', 'Tiers'] as const
export type AmountRuleKind = (typeof AmountRuleKind)[number]

export const ApplicationStatus = ['Submitted', 'ParkApproved', 'InNotice', 'Paid', 'Rejected'] as const
export type ApplicationStatus = (typeof ApplicationStatus)[number]

export const ApprovalItemKind = ['ProjectApproval', 'Land', 'Planning', 'ConstructionPermit', 'Environment', 'Energy', 'Other'] as const
export type ApprovalItemKind = (typeof ApprovalItemKind)[number]

export const ApprovalStatus = ['NotSubmitted', 'UnderReview', 'AwaitingApproval', 'Approved'] as const
export type ApprovalStatus = (typeof ApprovalStatus)[number]

export const BatchKind = ['None', 'Signing', 'Starting', 'Production'] as const
export type BatchKind = (typeof BatchKind)[number]

export const BenefitType = ['Reward', 'Subsidy', 'InterestSubsidy', 'TaxRelief', 'InnovationVoucher', 'Honour', 'FundApplication'] as const
export type BenefitType = (typeof BenefitType)[number]

export const BenefitVerdict = ['Eligible', 'EligibleOnDeclaration', 'NearMiss', 'MissingData', 'NotEligible'] as const
export type BenefitVerdict = (typeof BenefitVerdict)[number]

export const BuildingKind = ['StandardFactory', 'IncubatorFloor', 'Office', 'Other'] as const
export type BuildingKind = (typeof BuildingKind)[number]

export const BuildingOwner = ['ParkCompany', 'Private', 'Other'] as const
export type BuildingOwner = (typeof BuildingOwner)[number]

export const CalendarDayKind = ['Holiday', 'WorkingDay', 'LocalDayOff'] as const
export type CalendarDayKind = (typeof CalendarDayKind)[number]

export const CandidateBand = ['Holds', 'QualifiesNow', 'WithinReach', 'Far', 'MissingData'] as const
export type CandidateBand = (typeof CandidateBand)[number]

export const ConditionKind = ['TitleHeld', 'TitleGranted', 'FigureAtLeast', 'FigureAtMost', 'GrowthAtLeast', 'InPark', 'InChain', 'InLibrary', 'Declaration', 'AboveSize', 'BecameAboveSize'] as const
export type ConditionKind = (typeof ConditionKind)[number]

export const ContactViewer = ['Other', 'Self', 'Curator'] as const
export type ContactViewer = (typeof ContactViewer)[number]

export const ContestStatus = ['Setup', 'Scoring', 'Published'] as const
export type ContestStatus = (typeof ContestStatus)[number]

export const CreditCodeProblem = ['Missing', 'WrongLength', 'InvalidCharacter', 'WrongCheckCharacter'] as const
export type CreditCodeProblem = (typeof CreditCodeProblem)[number]

export const CriterionStatus = ['Met', 'NotMet', 'Missing', 'Unknown'] as const
export type CriterionStatus = (typeof CriterionStatus)[number]

export const CultivationActionKind = ['Guidance', 'Applied', 'Approved', 'Rejected', 'Withdrawn'] as const
export type CultivationActionKind = (typeof CultivationActionKind)[number]

export const CultivationStatus = ['Cultivating', 'Applied', 'Approved', 'Rejected', 'Withdrawn'] as const
export type CultivationStatus = (typeof CultivationStatus)[number]

export const DeadlineState = ['None', 'OnTime', 'DueSoon', 'Overdue'] as const
export type DeadlineState = (typeof DeadlineState)[number]

export const DemandStatus = ['Open', 'Matched', 'Closed'] as const
export type DemandStatus = (typeof DemandStatus)[number]

export const DisposalStage = ['Verification', 'Interview', 'NegotiatedExit', 'JudicialDisposal', 'Revitalized'] as const
export type DisposalStage = (typeof DisposalStage)[number]

export const EnterpriseScale = ['Large', 'Medium', 'Small', 'Micro'] as const
export type EnterpriseScale = (typeof EnterpriseScale)[number]

export const EnterpriseStage = ['Startup', 'Growth', 'Mature'] as const
export type EnterpriseStage = (typeof EnterpriseStage)[number]

export const EnterpriseStatus = ['Active', 'MovedOut', 'Deregistered'] as const
export type EnterpriseStatus = (typeof EnterpriseStatus)[number]

export const EventKind = ['AchievementExpress', 'Matchmaking'] as const
export type EventKind = (typeof EventKind)[number]

export const ExclusionReason = ['ConflictOfInterest', 'NotOnPanel', 'Incomplete', 'OutOfRange'] as const
export type ExclusionReason = (typeof ExclusionReason)[number]

export const ExpertAvailability = ['Available', 'Limited', 'Unavailable'] as const
export type ExpertAvailability = (typeof ExpertAvailability)[number]

export const ExpertDegree = ['Doctor', 'Master', 'Bachelor'] as const
export type ExpertDegree = (typeof ExpertDegree)[number]

export const FinancialProductKind = ['PointsLoan', 'IpPledgeLoan', 'TechLoan', 'CreditLoan', 'Other'] as const
export type FinancialProductKind = (typeof FinancialProductKind)[number]

export const FinancingStatus = ['Submitted', 'Offered', 'Approved', 'Disbursed', 'Declined', 'Withdrawn'] as const
export type FinancingStatus = (typeof FinancingStatus)[number]

export const FundLevel = ['National', 'Provincial', 'Municipal'] as const
export type FundLevel = (typeof FundLevel)[number]

export const FundStatus = ['Applied', 'Approved', 'Rejected'] as const
export type FundStatus = (typeof FundStatus)[number]

export const GuaranteeCategory = ['Housing', 'Subsidy', 'LabAccess', 'Funding', 'Service'] as const
export type GuaranteeCategory = (typeof GuaranteeCategory)[number]

export const HandlingLevel = ['Officer', 'ParkDepartments', 'JointMeeting', 'PrincipalLeaders'] as const
export type HandlingLevel = (typeof HandlingLevel)[number]

export const IncubatorKind = ['MakerSpace', 'Incubator', 'Accelerator', 'IndustrialPark'] as const
export type IncubatorKind = (typeof IncubatorKind)[number]

export const IncubatorLevel = ['National', 'Provincial', 'Municipal', 'None'] as const
export type IncubatorLevel = (typeof IncubatorLevel)[number]

export const IndicatorDirection = ['HigherIsBetter', 'LowerIsBetter'] as const
export type IndicatorDirection = (typeof IndicatorDirection)[number]

export const IndicatorGroup = ['TechnologyInnovation', 'GrowthOperation', 'Auxiliary', 'Local', 'Input', 'Output', 'Development', 'Influence'] as const
export type IndicatorGroup = (typeof IndicatorGroup)[number]

export const IndicatorKind = ['Cumulative', 'Ratio', 'FromRecords'] as const
export type IndicatorKind = (typeof IndicatorKind)[number]

export const KeyProjectLevel = ['None', 'Provincial', 'Municipal'] as const
export type KeyProjectLevel = (typeof KeyProjectLevel)[number]

export const LifecycleKind = ['SettledIn', 'Retained', 'Transformed', 'MovedOut', 'Deregistered'] as const
export type LifecycleKind = (typeof LifecycleKind)[number]

export const LifecycleStage = ['Opening', 'AccessPermits', 'InvestmentConstruction', 'Operation', 'ChangeRenewal', 'Exit'] as const
export type LifecycleStage = (typeof LifecycleStage)[number]

export const MatchReason = ['Fits', 'NotVacant', 'TooSmall', 'FloorLoadTooLow', 'FloorLoadUnknown', 'PowerTooLow', 'PowerUnknown'] as const
export type MatchReason = (typeof MatchReason)[number]

export const MatchStage = ['Recommended', 'Contacted', 'Meeting', 'Signed', 'Declined'] as const
export type MatchStage = (typeof MatchStage)[number]

export const MeterAlertKind = ['Silent', 'Jump'] as const
export type MeterAlertKind = (typeof MeterAlertKind)[number]

export const MeterKind = ['Electricity', 'Water', 'Gas'] as const
export type MeterKind = (typeof MeterKind)[number]

export const MeterPurpose = ['General', 'Lighting', 'AirConditioning', 'Production', 'Other'] as const
export type MeterPurpose = (typeof MeterPurpose)[number]

export const MeterUnit = ['Kwh', 'CubicMetre'] as const
export type MeterUnit = (typeof MeterUnit)[number]

export const MilestoneKind = ['Start', 'Topping', 'Completion', 'Production', 'Other'] as const
export type MilestoneKind = (typeof MilestoneKind)[number]

export const Normalisation = ['Percentile', 'MinMax', 'CappedZScore'] as const
export type Normalisation = (typeof Normalisation)[number]

export const ObjectionDecision = ['Pending', 'Upheld', 'Dismissed'] as const
export type ObjectionDecision = (typeof ObjectionDecision)[number]

export const OccupancySort = ['Rate', 'VacantArea'] as const
export type OccupancySort = (typeof OccupancySort)[number]

export const OutputVerdict = ['NotSet', 'Pending', 'Achieved', 'Missed'] as const
export type OutputVerdict = (typeof OutputVerdict)[number]

export const Pace = ['Unknown', 'Ahead', 'OnPace', 'Behind'] as const
export type Pace = (typeof Pace)[number]

export const ParkKind = ['Industrial', 'Incubation', 'Logistics', 'Comprehensive', 'Other'] as const
export type ParkKind = (typeof ParkKind)[number]

export const PaymentSource = ['Benefit', 'Voucher', 'Fund'] as const
export type PaymentSource = (typeof PaymentSource)[number]

export const PlatformKind = ['KeyLab', 'EngineeringCenter', 'EnterpriseTechCenter', 'ResearchInstitute', 'NewRdInstitution', 'PilotBase', 'AcademicianWorkstation', 'PostdocStation', 'TechTransferOrg'] as const
export type PlatformKind = (typeof PlatformKind)[number]

export const PlatformLevel = ['National', 'Provincial', 'Municipal'] as const
export type PlatformLevel = (typeof PlatformLevel)[number]

export const PolicyLevel = ['National', 'Provincial', 'City', 'District'] as const
export type PolicyLevel = (typeof PolicyLevel)[number]

export const PolicyState = ['Draft', 'Published', 'Withdrawn'] as const
export type PolicyState = (typeof PolicyState)[number]

export const ProjectCategory = ['Industrial', 'UrbanConstruction', 'Livelihood', 'Other'] as const
export type ProjectCategory = (typeof ProjectCategory)[number]

export const ProjectSource = ['AllStaff', 'IndustryChain', 'Competition', 'BusinessReferral', 'Other'] as const
export type ProjectSource = (typeof ProjectSource)[number]

export const ProjectStage = ['Lead', 'Negotiating', 'Signed', 'Started', 'InProduction', 'Dropped'] as const
export type ProjectStage = (typeof ProjectStage)[number]

export const QualificationType = ['TechSme', 'HighTech', 'Gazelle', 'InnovationLeader', 'InnovativeSme', 'Specialized', 'LittleGiant'] as const
export type QualificationType = (typeof QualificationType)[number]

export const RenewalKind = ['Reapply', 'YearlyFiling', 'Review', 'LocalRule'] as const
export type RenewalKind = (typeof RenewalKind)[number]

export const RenewalState = ['Expired', 'DueSoon', 'Upcoming'] as const
export type RenewalState = (typeof RenewalState)[number]

export const ReportFigure = ['Revenue', 'MainBusinessRevenue', 'HighTechRevenue', 'RdExpense', 'NetProfit', 'Taxes', 'Employees', 'TechStaff'] as const
export type ReportFigure = (typeof ReportFigure)[number]

export const ReportStatus = ['Accepted', 'Pending', 'Returned'] as const
export type ReportStatus = (typeof ReportStatus)[number]

export const RequestAction = ['Accept', 'Start', 'Escalate', 'Resolve', 'Confirm', 'Reopen'] as const
export type RequestAction = (typeof RequestAction)[number]

export const RequestCategory = ['Finance', 'Land', 'Approval', 'Talent', 'Policy', 'Utilities', 'Market', 'Technology', 'Other'] as const
export type RequestCategory = (typeof RequestCategory)[number]

export const RequestSource = ['Enterprise', 'Visit', 'Officer'] as const
export type RequestSource = (typeof RequestSource)[number]

export const RequestStatus = ['Submitted', 'Accepted', 'InProgress', 'Resolved', 'Closed'] as const
export type RequestStatus = (typeof RequestStatus)[number]

export const ResultFlag = ['MissingSheets', 'NoSheets', 'TrimSkipped', 'TieBroken', 'TieShared', 'TiedAtPrizeBoundary'] as const
export type ResultFlag = (typeof ResultFlag)[number]

export const Role = ['SystemAdmin', 'ZoneLeader', 'InnovationBureau', 'ParkOfficer', 'ServiceOfficer', 'DepartmentStaff', 'EnterpriseUser', 'BankUser', 'Expert', 'ContestJudge', 'ZoneAdmin'] as const
export type Role = (typeof Role)[number]

export const RunKind = ['Reevaluation'] as const
export type RunKind = (typeof RunKind)[number]

export const RunState = ['Queued', 'Running', 'Done', 'Failed'] as const
export type RunState = (typeof RunState)[number]

export const RunStep = ['Evaluating', 'Scoring'] as const
export type RunStep = (typeof RunStep)[number]

export const ScoringMethod = ['Mean', 'TrimmedMean'] as const
export type ScoringMethod = (typeof ScoringMethod)[number]

export const SheetState = ['Open', 'Draft', 'Submitted', 'Conflict'] as const
export type SheetState = (typeof SheetState)[number]

export const SizeVerdict = ['Above', 'Below', 'Declaration', 'Unknown', 'OutOfScope'] as const
export type SizeVerdict = (typeof SizeVerdict)[number]

export const StageRefusal = ['SameStage', 'NotAllowed', 'BeforeLastChange', 'InFuture'] as const
export type StageRefusal = (typeof StageRefusal)[number]

export const SupervisionKind = ['WeeklyReport', 'MonthlyTour'] as const
export type SupervisionKind = (typeof SupervisionKind)[number]

export const TalentCategory = ['Academician', 'ZhongyuanScholar', 'LeadingTalent', 'Doctor', 'Team'] as const
export type TalentCategory = (typeof TalentCategory)[number]

export const TechContractType = ['Development', 'Transfer', 'Licence', 'Consulting', 'Service'] as const
export type TechContractType = (typeof TechContractType)[number]

export const TenantStatus = ['Incubating', 'Graduated', 'Left'] as const
export type TenantStatus = (typeof TenantStatus)[number]

export const TieBreakKind = ['Aspect', 'DrawOrder'] as const
export type TieBreakKind = (typeof TieBreakKind)[number]

export const UnitStatus = ['Vacant', 'Reserved', 'Leased', 'Idle', 'Disposal'] as const
export type UnitStatus = (typeof UnitStatus)[number]

export const Urgency = ['Normal', 'Urgent', 'Critical'] as const
export type Urgency = (typeof Urgency)[number]

export const Verdict = ['Qualifies', 'DoesNotQualify', 'MissingData'] as const
export type Verdict = (typeof Verdict)[number]

export const VoucherLimit = ['Requested', 'SubsidyShare', 'YearlyCap'] as const
export type VoucherLimit = (typeof VoucherLimit)[number]

export const VoucherStatus = ['Submitted', 'Approved', 'Rejected', 'Redeemed'] as const
export type VoucherStatus = (typeof VoucherStatus)[number]

export const WorkstationKind = ['Academician', 'Postdoc', 'ZhongyuanScholar', 'SundayAdvisor'] as const
export type WorkstationKind = (typeof WorkstationKind)[number]

export const ZombieDecision = ['Confirmed', 'Dismissed'] as const
export type ZombieDecision = (typeof ZombieDecision)[number]

export const ZombieSignal = ['NoRevenue', 'NoTaxes', 'NoEmployees', 'RentArrears', 'LifecycleExit'] as const
export type ZombieSignal = (typeof ZombieSignal)[number]

/** Sector classes of the designated-size rules (Enterprises/SizeRules/above-designated-size.json), every version's. */
export const SIZE_CLASSES = ['industry', 'wholesale', 'retail', 'hospitality', 'services', 'construction', 'real-estate'] as const
export type SizeClassCode = (typeof SIZE_CLASSES)[number]

/** Permission names (Identity/Roles.cs), in the server's order. */
export const PERMISSIONS = [
  'dashboard.view',
  'enterprises.read',
  'enterprises.write',
  'enterprises.import',
  'reports.submit',
  'platforms.read',
  'platforms.write',
  'users.manage',
  'audit.read',
  'cultivation.read',
  'cultivation.write',
  'cultivation.evaluate',
  'declarations.submit',
  'points.read',
  'points.manage',
  'finance.read',
  'finance.bank',
  'finance.apply',
  'finance.manage',
  'service.read',
  'service.handle',
  'service.submit',
  'service.manage',
  'projects.read',
  'projects.write',
  'talent.read',
  'talent.write',
  'talent.submit',
  'contest.manage',
  'contest.score',
  'contest.read',
  'economy.read',
  'economy.write',
  'setup.manage',
  'policies.read',
  'policies.manage',
  'policies.review',
  'policies.apply',
  'space.read',
  'space.write',
  'energy.read',
  'energy.write',
  'competitions.read',
  'competitions.write',
] as const
export type Permission = (typeof PERMISSIONS)[number]

/** Most characters a text may have, by kind (Domain/Common/Limits.cs). */
export const LIMITS = {
  CreditCode: 18,
  ShortCode: 20,
  Phone: 30,
  Code: 40,
  CertificateNo: 60,
  ShortName: 50,
  Name: 100,
  Title: 200,
  Note: 500,
  Comment: 1000,
  Paragraph: 2000,
  LongText: 4000,
} as const

/** Labels whose home is the server (Localization/Text.cs), in the shape of the web's messages. */
export const SERVER_LABELS = {
  zhCN: {
    enums: {
      qualification: {
        TechSme: '科技型中小企业',
        HighTech: '高新技术企业',
        Gazelle: '瞪羚企业',
        InnovationLeader: '创新龙头企业',
        InnovativeSme: '创新型中小企业',
        Specialized: '专精特新中小企业',
        LittleGiant: '专精特新“小巨人”',
      },
      band: {
        Holds: '已认定',
        QualifiesNow: '已达标',
        WithinReach: '接近达标',
        Far: '差距较大',
        MissingData: '数据不全',
      },
      cultivationStatus: {
        Cultivating: '培育中',
        Applied: '已申报',
        Approved: '已认定',
        Rejected: '未通过',
        Withdrawn: '已退出',
      },
      renewalState: {
        Expired: '已到期',
        DueSoon: '即将到期',
        Upcoming: '临近续期',
      },
      renewalKind: {
        Reapply: '到期重新认定',
        YearlyFiling: '每年评价入库',
        Review: '期满复核',
        LocalRule: '按发布名单有效期',
      },
    },
    cultivation: {
      criteria: {
        registeredYears: '注册年限',
        ipCoreSupport: '拥有核心自主知识产权',
        inHighTechField: '属于国家重点支持的高新技术领域',
        techStaffShare: '科技人员占比',
        rdRatio3Years: '近三年研发费用占销售收入比例',
        domesticRdShare: '境内研发费用占比',
        highTechRevenueShare: '高新技术产品（服务）收入占比',
        innovationScore: '创新能力评价（满分100）',
        noMajorIncident: '近一年无重大安全、质量事故或严重环境违法',
        employees: '职工总数',
        revenue: '营业收入',
        totalAssets: '资产总额',
        notRestrictedIndustry: '不属于限制、淘汰类',
        score: '综合评价得分',
        techStaffScoreAboveZero: '科技人员指标得分大于0',
        innovationGroup: '创新能力得分',
        growthGroup: '成长性得分',
        specialisationGroup: '专业化得分',
        nicheYears: '从事细分市场年限',
        rdExpense: '上年度研发费用',
        rdRatio: '研发费用占营业收入比重',
        specializedScore: '专精特新评价得分',
        holdsSpecialized: '已认定专精特新中小企业',
        mainBusinessShare: '主营业务收入占比',
        revenueGrowth2Years: '近两年收入平均增长率（代主营业务收入）',
        liabilityRatio: '资产负债率',
        rdRatioLastYear: '上年度研发费用占比',
        rdRatioYearBefore: '前一年度研发费用占比',
        equityFinancing2Years: '近两年新增股权融资',
        rdExpense2Years: '近两年研发费用总额',
        rdStaffShare: '研发人员占比',
        hasRdInstitution: '自建或联合建立研发机构',
        classOneIp: 'Ⅰ类知识产权数量',
        holdsHighTechOrTechSme: '已是高企或科技型中小企业',
        revenueCagr: '近三年营业收入年均增长率',
        ipAdvancement: '技术的先进程度',
        ipCoreRole: '对主要产品的核心支持作用',
        ipQuantity: '知识产权数量',
        ipAcquisition: '知识产权获得方式',
        standardBonus: '主导制定标准（加分）',
        conversions: '科技成果转化能力',
        rdManagement: '研究开发组织管理水平',
        netAssetGrowth: '净资产增长率',
        revenueGrowth: '营业收入增长率',
        rdToRevenue: '研发费用占营业收入比例',
        rdToCost: '研发费用占成本费用比例',
        ip: '知识产权',
        keyFieldProduct: '主导产品所属领域',
        revenueCagr2Years: '近两年营业收入复合增长率',
        mainBusinessGrowth: '主营业务收入增长率',
        mainBusinessGrowth2Years: '近两年主营业务收入平均增长率',
        holdsInnovativeSme: '已认定科技和创新型中小企业（含创新型中小企业）',
        rdExpenseYearBefore: '前一年度研发费用',
        marketRanksWell: '主导产品在细分市场排名较为靠前（原文无具体数值，以申报为准）',
        developmentScore: '专精特新发展评价得分（权重未公布，以申报为准）',
        nicheMarketShare: '细分市场占有率',
        ownBrand: '拥有自主品牌',
        coreBusinessOnInformationSystem: '至少一项核心业务采用信息系统支撑',
        managementCertification: '取得管理体系认证或发达国家产品认证',
        keyChainLink: '主导产品属于重点领域并处于产业链关键环节（以申报为准）',
        nicheYearsPoints: '从事细分市场年限（每满2年1分）',
        productField: '主导产品所属领域',
        digitalLevel: '数字化水平',
        qualityManagement: '质量管理水平',
        netProfitMargin: '净利润率',
        localIndicators: '特色化指标（各省自定）',
        rdInput: '研发投入',
        rdInstitutionLevel: '研发机构级别',
      },
    },
  },
  en: {
    enums: {
      qualification: {
        TechSme: 'Tech-based SME',
        HighTech: 'High-tech enterprise',
        Gazelle: 'Gazelle enterprise',
        InnovationLeader: 'Innovation leader',
        InnovativeSme: 'Innovative SME',
        Specialized: 'Specialised SME',
        LittleGiant: '"Little giant"',
      },
      band: {
        Holds: 'Holds',
        QualifiesNow: 'Qualifies now',
        WithinReach: 'Within reach',
        Far: 'Far',
        MissingData: 'Missing data',
      },
      cultivationStatus: {
        Cultivating: 'Cultivating',
        Applied: 'Applied',
        Approved: 'Approved',
        Rejected: 'Rejected',
        Withdrawn: 'Withdrawn',
      },
      renewalState: {
        Expired: 'Expired',
        DueSoon: 'Due soon',
        Upcoming: 'Upcoming',
      },
      renewalKind: {
        Reapply: 'Apply again',
        YearlyFiling: 'File again each year',
        Review: 'Review on expiry',
        LocalRule: 'As the published list says',
      },
    },
    cultivation: {
      criteria: {
        registeredYears: 'Years registered',
        ipCoreSupport: 'Owns core IP',
        inHighTechField: 'In a state-supported high-tech field',
        techStaffShare: 'S&T staff share',
        rdRatio3Years: '3-year R&D / revenue',
        domesticRdShare: 'Domestic R&D share',
        highTechRevenueShare: 'High-tech revenue share',
        innovationScore: 'Innovation ability (of 100)',
        noMajorIncident: 'No major incident in the last year',
        employees: 'Employees',
        revenue: 'Revenue',
        totalAssets: 'Total assets',
        notRestrictedIndustry: 'Not a restricted industry',
        score: 'Total score',
        techStaffScoreAboveZero: 'S&T staff score above 0',
        innovationGroup: 'Innovation points',
        growthGroup: 'Growth points',
        specialisationGroup: 'Specialisation points',
        nicheYears: 'Years in niche market',
        rdExpense: 'R&D expense last year',
        rdRatio: 'R&D / revenue',
        specializedScore: 'Specialised SME score',
        holdsSpecialized: 'Holds the specialised SME title',
        mainBusinessShare: 'Main-business share',
        revenueGrowth2Years: '2-year revenue growth (for main business)',
        liabilityRatio: 'Liability ratio',
        rdRatioLastYear: 'R&D ratio last year',
        rdRatioYearBefore: 'R&D ratio the year before',
        equityFinancing2Years: 'Equity financing, 2 years',
        rdExpense2Years: 'R&D expense, 2 years',
        rdStaffShare: 'R&D staff share',
        hasRdInstitution: 'Has an R&D institution',
        classOneIp: 'Class-I IP',
        holdsHighTechOrTechSme: 'Holds the high-tech or tech-based SME title',
        revenueCagr: 'Revenue growth a year',
        ipAdvancement: 'Technical advancement',
        ipCoreRole: 'Core supporting role',
        ipQuantity: 'IP quantity',
        ipAcquisition: 'How the IP was obtained',
        standardBonus: 'Led standards (bonus)',
        conversions: 'Conversion of achievements',
        rdManagement: 'R&D organisation and management',
        netAssetGrowth: 'Net-asset growth',
        revenueGrowth: 'Revenue growth',
        rdToRevenue: 'R&D / revenue',
        rdToCost: 'R&D / costs',
        ip: 'Intellectual property',
        keyFieldProduct: 'Main product\'s field',
        revenueCagr2Years: '2-year revenue CAGR',
        mainBusinessGrowth: 'Main-business revenue growth',
        mainBusinessGrowth2Years: '2-year average main-business growth',
        holdsInnovativeSme: 'Holds the tech and innovative SME title (incl. innovative SME)',
        rdExpenseYearBefore: 'R&D expense the year before',
        marketRanksWell: 'Main product ranks well in its niche (no number in the text; as declared)',
        developmentScore: 'Specialised development score (weights not published; as declared)',
        nicheMarketShare: 'Niche market share',
        ownBrand: 'Own brand',
        coreBusinessOnInformationSystem: 'A core business runs on an information system',
        managementCertification: 'Management-system or developed-market product certification',
        keyChainLink: 'Main product in a key field at a key link of the chain (as declared)',
        nicheYearsPoints: 'Years in the niche (1 point per 2 full years)',
        productField: 'Main product\'s field',
        digitalLevel: 'Digital level',
        qualityManagement: 'Quality management',
        netProfitMargin: 'Net profit margin',
        localIndicators: 'Local indicators (set by the province)',
        rdInput: 'R&D input',
        rdInstitutionLevel: 'R&D institution level',
      },
    },
  },
} as const
