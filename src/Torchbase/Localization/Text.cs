using System.Globalization;

namespace Torchbase.Localization;

/// <summary>
/// Server-side messages in the caller's language (Accept-Language: zh-CN by default, en).
/// The UI translates its own strings; these are the messages the API itself produces.
/// </summary>
public static class Text
{
    private static readonly Dictionary<string, (string Zh, string En)> Messages = new()
    {
        ["required"] = ("必填", "Required"),
        ["too_long"] = ("不能超过 {0} 个字符", "At most {0} characters"),
        ["not_negative"] = ("不能为负数", "Must not be negative"),
        ["invalid_value"] = ("取值无效", "Invalid value"),
        ["invalid_date"] = ("日期无效", "Invalid date"),
        ["invalid_number"] = ("不是有效的数字", "Not a valid number"),
        ["year_range"] = ("年份须在 {0} 至 {1} 之间", "Year must be between {0} and {1}"),
        ["credit_code.Missing"] = ("请填写统一社会信用代码", "Enter the unified social credit code"),
        ["credit_code.WrongLength"] = ("统一社会信用代码应为18位", "The unified social credit code has 18 characters"),
        ["credit_code.InvalidCharacter"] = ("统一社会信用代码含有无效字符（不能含 I、O、S、V、Z）", "The credit code contains an invalid character (I, O, S, V, Z are not used)"),
        ["credit_code.WrongCheckCharacter"] = ("统一社会信用代码校验位错误", "The credit code's check character is wrong"),
        ["duplicate_credit_code"] = ("本区已有统一社会信用代码相同的企业", "An enterprise with this credit code already exists in the zone"),
        ["duplicate_in_file"] = ("与第 {0} 行的统一社会信用代码重复", "Same credit code as row {0}"),
        ["unknown_park"] = ("园区不存在", "Unknown park"),
        ["unknown_enterprise"] = ("企业不存在", "Unknown enterprise"),
        ["unknown_industry_chain"] = ("产业链不存在", "Unknown industry chain"),
        ["phone"] = ("电话号码格式不正确", "Not a valid phone number"),
        ["part_exceeds_whole"] = ("不能大于{0}", "Must not exceed {0}"),
        ["concurrency"] = ("该记录已被他人修改，请刷新后重试", "Someone else changed this record: reload and try again"),
        ["not_found"] = ("记录不存在或无权查看", "Not found, or not yours to see"),
        ["validation_failed"] = ("提交的数据有误", "The submitted data has errors"),
        ["invalid_credentials"] = ("用户名或密码错误", "Wrong user name or password"),
        ["locked_out"] = ("登录失败次数过多，账号已锁定，请稍后再试", "Too many failed sign-ins: the account is locked for a while"),
        ["rate_limited"] = ("请求过于频繁，请稍后再试", "Too many requests: try again shortly"),
        ["antiforgery"] = ("页面已过期，请刷新后重试", "The page has expired: reload and try again"),
        ["import_rejected"] = ("导入文件有错误，整批未导入", "The file has errors: nothing was imported"),
        ["import_bad_file"] = ("无法读取文件，请上传 .xlsx 格式的 Excel 文件", "Cannot read the file: upload an .xlsx workbook"),
        ["import_too_many_rows"] = ("文件行数超过上限 {0}", "The file has more than {0} rows"),
        ["import_no_rows"] = ("文件中没有数据行", "The file has no data rows"),
        ["import_missing_column"] = ("缺少列：{0}", "Missing column: {0}"),
        ["file_required"] = ("请选择要上传的文件", "Choose a file to upload"),
        ["file_too_large"] = ("文件过大（上限 {0} MB）", "The file is too large (limit {0} MB)"),
        ["role_scope"] = ("该角色需要指定{0}", "This role needs a {0}"),
        ["scope.Zone"] = ("所属高新区", "zone"),
        ["scope.Park"] = ("所属园区", "park"),
        ["scope.Department"] = ("所属部门", "department"),
        ["scope.Enterprise"] = ("所属企业", "enterprise"),
        ["scope.Bank"] = ("所属银行", "bank"),
        ["duplicate_user"] = ("用户名已存在", "The user name is taken"),
        ["deregistered"] = ("企业已注销，不能再记录生命周期事件", "The enterprise is deregistered: no further lifecycle events"),
        ["tenant_exists"] = ("该企业已在此载体孵化", "The enterprise is already a tenant of this carrier"),
        ["error_column"] = ("错误", "Error"),
        ["row"] = ("行", "Row"),
        ["column"] = ("列", "Column"),
        // Cultivation (梯次培育, 培育库)
        ["between"] = ("应在 {0} 到 {1} 之间", "Must be between {0} and {1}"),
        ["not_in_future"] = ("不能晚于今天", "Must not be in the future"),
        ["unknown_enterprise"] = ("企业不存在或不在您的范围内", "Unknown enterprise"),
        ["unknown_officer"] = ("责任人不存在", "Unknown officer"),
        ["duplicate_cultivation"] = ("该企业已以同一目标和年度在培育库中", "The enterprise is already in the library for this tier and year"),
        ["approved_entry"] = ("已获批的培育记录不能删除", "An approved entry cannot be deleted"),
        ["invalid_step"] = ("当前状态下不能记录此动作", "This step is not possible in the current status"),
        ["tier.TechSme"] = ("科技型中小企业", "Tech-based SME"),
        ["tier.HighTech"] = ("高新技术企业", "High-tech enterprise"),
        ["tier.Gazelle"] = ("瞪羚企业", "Gazelle enterprise"),
        ["tier.InnovationLeader"] = ("创新龙头企业", "Innovation leader"),
        ["tier.InnovativeSme"] = ("创新型中小企业", "Innovative SME"),
        ["tier.Specialized"] = ("专精特新中小企业", "Specialised SME"),
        ["tier.LittleGiant"] = ("专精特新“小巨人”", "Little giant"),
        ["band.Holds"] = ("已认定", "Holds"),
        ["band.QualifiesNow"] = ("已达标", "Qualifies now"),
        ["band.WithinReach"] = ("接近达标", "Within reach"),
        ["band.Far"] = ("差距较大", "Far"),
        ["band.MissingData"] = ("数据不全", "Missing data"),
        ["cultivationStatus.Cultivating"] = ("培育中", "Cultivating"),
        ["cultivationStatus.Applied"] = ("已申报", "Applied"),
        ["cultivationStatus.Approved"] = ("已认定", "Approved"),
        ["cultivationStatus.Rejected"] = ("未通过", "Rejected"),
        ["cultivationStatus.Withdrawn"] = ("已退出", "Withdrawn"),
        ["criterion.registeredYears"] = ("注册年限", "Years registered"),
        ["criterion.ipCoreSupport"] = ("核心知识产权", "Core IP"),
        ["criterion.inHighTechField"] = ("属于重点支持领域", "In a supported field"),
        ["criterion.techStaffShare"] = ("科技人员占比", "S&T staff share"),
        ["criterion.rdRatio3Years"] = ("近三年研发费用占比", "3-year R&D ratio"),
        ["criterion.domesticRdShare"] = ("境内研发费用占比", "Domestic R&D share"),
        ["criterion.highTechRevenueShare"] = ("高新技术产品收入占比", "High-tech revenue share"),
        ["criterion.innovationScore"] = ("创新能力评价", "Innovation score"),
        ["criterion.noMajorIncident"] = ("无重大安全质量事故", "No major incident"),
        ["criterion.employees"] = ("职工总数", "Employees"),
        ["criterion.revenue"] = ("营业收入", "Revenue"),
        ["criterion.totalAssets"] = ("资产总额", "Total assets"),
        ["criterion.notRestrictedIndustry"] = ("非限制淘汰类", "Not restricted"),
        ["criterion.score"] = ("评价得分", "Score"),
        ["criterion.techStaffScoreAboveZero"] = ("科技人员指标得分", "S&T staff score above 0"),
        ["criterion.innovationGroup"] = ("创新能力得分", "Innovation points"),
        ["criterion.growthGroup"] = ("成长性得分", "Growth points"),
        ["criterion.specialisationGroup"] = ("专业化得分", "Specialisation points"),
        ["criterion.nicheYears"] = ("细分市场年限", "Years in niche"),
        ["criterion.rdExpense"] = ("研发费用", "R&D expense"),
        ["criterion.rdRatio"] = ("研发费用占比", "R&D ratio"),
        ["criterion.specializedScore"] = ("专精特新评价得分", "Specialised score"),
        ["criterion.holdsSpecialized"] = ("已是专精特新中小企业", "Holds the specialised title"),
        ["criterion.mainBusinessShare"] = ("主营业务收入占比", "Main-business share"),
        ["criterion.revenueGrowth2Years"] = ("近两年收入增长率", "2-year revenue growth"),
        ["criterion.liabilityRatio"] = ("资产负债率", "Liability ratio"),
        ["criterion.rdRatioLastYear"] = ("上年研发费用占比", "Last year's R&D ratio"),
        ["criterion.rdRatioYearBefore"] = ("前年研发费用占比", "R&D ratio the year before"),
        ["criterion.equityFinancing2Years"] = ("近两年股权融资", "2-year equity financing"),
        ["criterion.rdExpense2Years"] = ("近两年研发费用", "2-year R&D expense"),
        ["criterion.rdStaffShare"] = ("研发人员占比", "R&D staff share"),
        ["criterion.hasRdInstitution"] = ("设立研发机构", "Has an R&D institution"),
        ["criterion.classOneIp"] = ("Ⅰ类知识产权", "Class-I IP"),
        ["criterion.holdsHighTechOrTechSme"] = ("已是高企或科小", "Holds 高企 or 科小"),
        ["criterion.revenueCagr"] = ("营业收入复合增长率", "Revenue CAGR"),
    };

    public static bool IsChinese => !CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public static string Get(string key, params object[] args)
    {
        if (!Messages.TryGetValue(key, out var m)) return key;
        var text = IsChinese ? m.Zh : m.En;
        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }

    public static IEnumerable<string> Keys => Messages.Keys;
}
