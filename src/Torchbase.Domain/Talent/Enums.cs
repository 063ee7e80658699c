namespace Torchbase.Domain.Talent;

public enum ExpertDegree { Doctor, Master, Bachelor }

public enum ExpertAvailability { Available, Limited, Unavailable }

public enum DemandStatus { Open, Matched, Closed }

public enum GuaranteeCategory { Housing, Subsidy, LabAccess, Funding, Service }

/// <summary>推荐 → 联系 → 洽谈 → 签约, or declined at any open stage.</summary>
public enum MatchStage { Recommended, Contacted, Meeting, Signed, Declined }

/// <summary>The contract types of 技术合同认定登记: development, transfer, licence, consulting, service.</summary>
public enum TechContractType { Development, Transfer, Licence, Consulting, Service }

public enum TalentCategory { Academician, ZhongyuanScholar, LeadingTalent, Doctor, Team }

public enum WorkstationKind { Academician, Postdoc, ZhongyuanScholar, SundayAdvisor }
