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
        // Service desk (诉求, 走访, 代办) and notifications
        ["sd.actor"] = ("您的角色不能执行此操作", "Your role may not take this step"),
        ["sd.not_allowed"] = ("诉求当前为“{0}”，不能“{1}”", "The request is “{0}”: it cannot be “{1}”"),
        ["sd.top_level"] = ("已是最高办理层级（党政主要领导），不能再升级", "Already at the top level (principal leaders): no further escalation"),
        ["sd.reason_required"] = ("请填写原因", "Give a reason"),
        ["sd.departments_required"] = ("园区吹哨须指定至少一个报到部门", "Name at least one department to report"),
        ["sd.meeting_required"] = ("请先填写区级联席会议纪要", "Record the joint meeting first"),
        ["sd.resolution_required"] = ("请填写办理结果", "Describe how it was resolved"),
        ["sd.tasks_open"] = ("还有 {0} 个部门未答复，不能办结", "{0} department(s) have not replied yet: the request cannot be resolved"),
        ["sd.rating_range"] = ("满意度须为 {0}–{1} 分", "The rating must be {0}–{1}"),
        ["sd.task_replied"] = ("该部门任务已答复", "This department has already replied"),
        ["sd.closed"] = ("诉求已关闭，不能再修改", "The request is closed: no more changes"),
        ["sd.unknown_department"] = ("部门不存在", "Unknown department"),
        ["sd.unknown_officer"] = ("该用户不是本园区的首席服务员", "This user is not a service officer of the enterprise's park"),
        ["sd.unknown_item"] = ("代办事项不存在", "Unknown agency item"),
        ["sd.case_completed"] = ("代办事项已办结", "The agency case is already completed"),
        ["sd.file_type"] = ("不支持的文件类型", "This file type is not accepted"),
        ["sd.date_future"] = ("日期不能晚于今天", "The date cannot be later than today"),
        ["sd.status.Submitted"] = ("待受理", "Submitted"),
        ["sd.status.Accepted"] = ("已受理", "Accepted"),
        ["sd.status.InProgress"] = ("办理中", "In progress"),
        ["sd.status.Resolved"] = ("已办结", "Resolved"),
        ["sd.status.Closed"] = ("已关闭", "Closed"),
        ["sd.level.Officer"] = ("一级（首席服务员/园区）", "level 1 (officer/park)"),
        ["sd.level.ParkDepartments"] = ("二级（园区吹哨、部门报到）", "level 2 (park and departments)"),
        ["sd.level.JointMeeting"] = ("三级（区级联席会议）", "level 3 (joint meeting)"),
        ["sd.level.PrincipalLeaders"] = ("四级（党政主要领导）", "level 4 (principal leaders)"),
        ["sd.action.Accept"] = ("受理", "accepted"),
        ["sd.action.Start"] = ("开始办理", "started"),
        ["sd.action.Escalate"] = ("升级", "escalated"),
        ["sd.action.Resolve"] = ("办结", "resolved"),
        ["sd.action.Confirm"] = ("确认评价", "confirmed"),
        ["sd.action.Reopen"] = ("退回重办", "reopened"),
        ["sd.notify.submitted"] = ("新诉求 {0}：{1}", "New request {0}: {1}"),
        ["sd.notify.whistle"] = ("园区吹哨，请报到：{0} {1}", "The park calls your department: {0} {1}"),
        ["sd.notify.replied"] = ("{0}：{1}已答复", "{0}: {1} replied"),
        ["sd.notify.resolved"] = ("诉求 {0} 已办结，请确认并评价", "Request {0} is resolved: please confirm and rate it"),
        ["sd.notify.confirmed"] = ("诉求 {0} 已确认关闭", "Request {0} confirmed and closed"),
        ["sd.notify.reopened"] = ("诉求 {0} 被企业退回重办", "Request {0} reopened by the enterprise"),
        ["sd.notify.progress"] = ("诉求 {0}：{1}，{2}", "Request {0}: {1}, {2}"),
        ["sd.notify.due_soon"] = ("诉求 {0} 即将到期（{1}）", "Request {0} is due soon ({1})"),
        ["sd.notify.overdue"] = ("诉求 {0} 已超期（时限 {1}）", "Request {0} is overdue (due {1})"),
        ["sd.notify.task_overdue"] = ("部门任务已超期：{0}（时限 {1}）", "Department task overdue: {0} (due {1})"),
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
