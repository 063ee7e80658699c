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
        // Unit contest (夺标赛)
        ["contest.trim_range"] = ("去掉的最高、最低分各 0 至 3 个", "Drop 0 to 3 sheets at each end"),
        ["contest.unknown_aspect"] = ("评分项不存在", "Unknown aspect"),
        ["contest.aspect_code"] = ("代码须为字母、数字或下划线，最多 20 个字符", "Letters, digits or underscores, at most 20"),
        ["contest.positive"] = ("须为大于 0 的数", "Must be greater than 0"),
        ["contest.duplicate_aspect"] = ("评分项代码重复", "Aspect codes must be unique"),
        ["contest.prize_count"] = ("名额须在 1 至 50 之间", "Between 1 and 50 places"),
        ["contest.score_range"] = ("分值须在 0 至 {0} 之间", "Score between 0 and {0}"),
        ["contest.score_decimals"] = ("分值最多两位小数", "At most two decimals"),
        ["contest.unknown_category"] = ("类别不存在", "Unknown category"),
        ["contest.unknown_user"] = ("用户不存在或不属于本区", "Unknown user, or not of this zone"),
        ["contest.judge_has_sheets"] = ("已提交评分的评委不能移出评审团", "A judge who has submitted sheets cannot leave the panel"),
        ["contest.no_zone"] = ("您的账号未归属高新区，不能组织夺标赛", "Your account belongs to no zone: it cannot organise a contest"),
        ["contest.locked"] = ("评分已开始，设置不能再修改", "Scoring has begun: the set-up can no longer change"),
        ["contest.category_has_units"] = ("该类别下还有参赛单位", "The category still has units"),
        ["contest.no_units"] = ("还没有参赛单位", "No units yet"),
        ["contest.no_judges"] = ("还没有评委", "No judges yet"),
        ["contest.not_drawn"] = ("还有类别未抽签", "Some categories are not drawn yet"),
        ["contest.not_scoring"] = ("当前不在评分阶段", "The contest is not open for scoring"),
        ["contest.conflict_of_interest"] = ("本单位负责人回避，不能为本单位评分", "A unit head does not score their own unit"),
        ["contest.sheet_locked"] = ("评分表已提交锁定，不能再修改", "The sheet is submitted and locked"),
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
