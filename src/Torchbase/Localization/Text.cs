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
        // Points and Finance
        ["points_duplicate_code"] = ("指标代码为空或重复", "The indicator code is empty or repeated"),
        ["points_weight_range"] = ("权重须大于 0 且不超过 100", "The weight must be above 0 and at most 100"),
        ["points_bad_formula"] = ("公式无法解析（可用年报字段、prev.字段、has.资质、+ - * / 和括号）", "The formula cannot be read (use report fields, prev.Field, has.Qualification, + - * / and parentheses)"),
        ["points_bad_year"] = ("年度无效", "Invalid year"),
        ["finance_bank_only"] = ("仅银行用户可发布产品", "Only bank users publish products"),
        ["finance_enterprise_only"] = ("仅企业用户可提交申请", "Only enterprise users submit applications"),
        ["finance_positive"] = ("须为大于 0 的金额", "Must be an amount above 0"),
        ["finance_rate_range"] = ("年利率须在 0–36% 之间，且上限不低于下限", "The yearly rate must lie between 0 and 36%, the upper bound not below the lower"),
        ["finance_term_range"] = ("期限须为 1–120 个月", "The term must be 1–120 months"),
        ["finance_bad_grade"] = ("等级须为大写字母，如 A、B", "The grade must be a capital letter such as A or B"),
        ["finance_unknown_product"] = ("产品不存在或已下架", "The product does not exist or was withdrawn"),
        ["finance_consent_required"] = ("请先授权该银行查看本企业的积分数据", "First allow this bank to see your points"),
        ["finance_product_inactive"] = ("产品已下架", "The product was withdrawn"),
        ["finance_points_below"] = ("创新积分须不低于 {0}（当前 {1}）", "Innovation points must be at least {0} (now {1})"),
        ["finance_grade_below"] = ("积分等级须不低于 {0}（当前 {1}）", "The points grade must be {0} or better (now {1})"),
        ["finance_qualification_missing"] = ("须具备资质：{0}", "Requires the title: {0}"),
        ["finance_over_limit"] = ("超过产品额度 {0} 万元", "Above the product's limit of {0} (10k CNY)"),
        ["finance_term_too_long"] = ("超过产品最长期限 {0} 个月", "Longer than the product's {0} months"),
        ["finance_future_date"] = ("日期不能晚于今天", "The date cannot be after today"),
        ["finance_over_offer"] = ("放款金额不能超过授信金额 {0} 万元", "Cannot disburse more than the {0} offered"),
        ["finance_bad_step"] = ("当前状态下不能执行此操作", "Not possible in the current status"),
        ["finance_duplicate_provider"] = ("服务机构已登记", "The provider is already registered"),
        ["finance_over_contract"] = ("申请金额不能超过合同金额", "The request cannot exceed the contract"),
        ["finance_unknown_provider"] = ("服务机构不存在或未登记", "Unknown or unregistered provider"),
        ["finance_unknown_enterprise"] = ("企业不存在", "Unknown enterprise"),
        ["finance_voucher_Requested"] = ("核定金额不能超过申请金额 {0} 万元", "Cannot approve more than the {0} requested"),
        ["finance_voucher_SubsidyShare"] = ("按补贴比例最多核定 {0} 万元", "The subsidy share allows at most {0}"),
        ["finance_voucher_YearlyCap"] = ("本年度剩余补贴上限为 {0} 万元", "{0} is left of this year's cap"),
        ["finance_over_approved"] = ("兑付金额不能超过核定金额 {0} 万元", "Cannot redeem more than the {0} approved"),
        ["financing.Submitted"] = ("已提交", "Submitted"),
        ["financing.Offered"] = ("已授信", "Offered"),
        ["financing.Approved"] = ("已审批", "Approved"),
        ["financing.Disbursed"] = ("已放款", "Disbursed"),
        ["financing.Declined"] = ("已拒绝", "Declined"),
        ["financing.Withdrawn"] = ("已撤回", "Withdrawn"),
        ["voucher.Submitted"] = ("待审核", "Submitted"),
        ["voucher.Approved"] = ("已核定", "Approved"),
        ["voucher.Rejected"] = ("未通过", "Rejected"),
        ["voucher.Redeemed"] = ("已兑付", "Redeemed"),
        ["fund.National"] = ("国家级", "National"),
        ["fund.Provincial"] = ("省级", "Provincial"),
        ["fund.Municipal"] = ("市级", "Municipal"),
        ["fund.Applied"] = ("已申报", "Applied"),
        ["fund.Approved"] = ("已获批", "Approved"),
        ["fund.Rejected"] = ("未获批", "Rejected"),
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
