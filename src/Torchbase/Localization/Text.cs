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
        // Economy
        ["unknown_zone"] = ("高新区不存在或无权访问", "Unknown zone, or not yours"),
        ["unknown_indicator"] = ("指标 {0} 不存在或不能直接填报", "Indicator {0} does not exist or is computed"),
        ["quarterly_month"] = ("{0} 按季度填报，月份须为 3、6、9、12", "{0} is reported quarterly: month must be 3, 6, 9 or 12"),
        ["future_period"] = ("不能填报未来期间的数据", "Figures for a future period cannot be entered"),
        ["month_range"] = ("月份须在 1 至 12 之间", "Month must be between 1 and 12"),
        // Annual report
        ["report.enterprises"] = ("企业发展", "Enterprises"),
        ["report.active"] = ("在册企业", "Active enterprises"),
        ["report.settled"] = ("本年入驻企业", "Settled in this year"),
        ["report.left"] = ("本年迁出或注销", "Moved out or deregistered this year"),
        ["report.tiers"] = ("梯次培育企业（年末有效）", "Cultivation tiers (in force at year end)"),
        ["report.lastYear"] = ("上年", "Previous year"),
        ["report.thisYear"] = ("本年", "This year"),
        ["report.park"] = ("园区", "Park"),
        ["report.count"] = ("企业数", "Enterprises"),
        ["report.operations"] = ("企业经营（年报汇总）", "Enterprise operations (annual reports)"),
        ["report.revenue"] = ("营业收入", "Revenue"),
        ["report.rd"] = ("研发费用", "R&D expense"),
        ["report.rdRatio"] = ("研发投入强度", "R&D intensity"),
        ["report.taxes"] = ("纳税总额", "Taxes paid"),
        ["report.employees"] = ("从业人员", "Employees"),
        ["report.inventions"] = ("有效发明专利", "Valid invention patents"),
        ["report.reporting"] = ("填报年报企业", "Enterprises reporting"),
        ["report.economy"] = ("主要经济指标", "Key economic indicators"),
        ["report.carriers"] = ("创新平台与孵化载体", "Innovation platforms and incubators"),
        ["report.platforms"] = ("创新平台", "Innovation platforms"),
        ["report.incubators"] = ("孵化载体", "Incubation carriers"),
        ["report.incubating"] = ("在孵企业", "Incubating enterprises"),
        ["report.graduated"] = ("本年毕业企业", "Graduated this year"),
        ["unit.companies"] = ("家", "companies"),
        ["unit.items"] = ("个", "items"),
        ["unit.people"] = ("人", "people"),
        ["unit.tenThousandYuan"] = ("万元", "10k RMB"),
        // Projects (项目台账)
        ["project_stage.SameStage"] = ("项目已处于该阶段", "The project is already at this stage"),
        ["project_stage.NotAllowed"] = ("不能从当前阶段转到该阶段", "The project cannot move from its stage to this one"),
        ["project_stage.BeforeLastChange"] = ("日期不能早于上次阶段变更（{0}）", "The date cannot be before the last stage change ({0})"),
        ["project_stage.InFuture"] = ("日期不能晚于今天", "The date cannot be after today"),
        ["project_date_in_future"] = ("日期不能晚于今天", "The date cannot be after today"),
        ["project_month_not_reportable"] = ("只能填报本月及以前的月份", "Only the current month and earlier can be reported"),
        ["project_score_range"] = ("分数须在 0 至 {0} 之间", "The score must be between 0 and {0}"),
        ["project_no_problem"] = ("该记录没有反映问题", "This record raised no problem"),
        ["project_weight_positive"] = ("须大于 0", "Must be greater than 0"),
        ["project_duplicate_code"] = ("编码重复", "Duplicate code"),
        ["project_weights_sum"] = ("各项权重之和须为 100（当前 {0}）", "The weights must add up to 100 (now {0})"),
        // Talent and technology
        ["talent_forbidden"] = ("无权操作：仅科技创新局、需求所属企业或专家本人可以办理", "Not allowed: only the bureau, the demand's enterprise or the expert may do this"),
        ["too_many"] = ("最多 {0} 项", "At most {0} items"),
        ["contact_required"] = ("同意公开联系方式时请填写电话或邮箱", "Give a phone number or an e-mail address when consenting to be contacted"),
        ["past_date"] = ("日期不能早于今天", "The date must not be in the past"),
        ["future_date"] = ("日期不能晚于今天", "The date must not be in the future"),
        ["must_be_positive"] = ("必须大于 0", "Must be greater than 0"),
        ["tech_exceeds_amount"] = ("技术交易额不能大于合同金额", "The technology-transaction amount must not exceed the contract amount"),
        ["registered_before_signed"] = ("登记日期不能早于合同签订日期", "Registration cannot precede signing"),
        ["same_party"] = ("买方与卖方不能相同", "Buyer and seller must differ"),
        ["duplicate_registration_no"] = ("登记号已存在", "This registration number is already used"),
        ["unknown_demand"] = ("需求不存在", "Unknown demand"),
        ["unknown_expert"] = ("专家不存在或不在本区专家库", "Unknown expert, or not in this zone's library"),
        ["match_exists"] = ("该专家已推荐给此需求", "This expert is already paired with the demand"),
        ["match_closed"] = ("对接已办结，不能再变更", "The pairing is closed and cannot change"),
        ["match_backwards"] = ("对接阶段只能向前推进", "A pairing only moves forward"),
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
