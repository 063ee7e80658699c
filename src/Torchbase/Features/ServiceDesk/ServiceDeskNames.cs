using Torchbase.Domain.ServiceDesk;
using Torchbase.Localization;

namespace Torchbase.Features.ServiceDesk;

/// <summary>Enum names for exports (Chinese column values) and for messages (in the caller's language).</summary>
public static class ServiceDeskNames
{
    public static string Category(RequestCategory c) => c switch
    {
        RequestCategory.Finance => "融资金融", RequestCategory.Land => "土地规划", RequestCategory.Approval => "审批手续", RequestCategory.Talent => "人才用工",
        RequestCategory.Policy => "政策兑现", RequestCategory.Utilities => "水电气暖", RequestCategory.Market => "市场开拓", RequestCategory.Technology => "科技创新",
        _ => "其他",
    };

    public static string Urgency(Urgency u) => u switch { Domain.ServiceDesk.Urgency.Critical => "特急", Domain.ServiceDesk.Urgency.Urgent => "紧急", _ => "一般" };

    public static string Source(RequestSource s) => s switch { RequestSource.Visit => "走访发现", RequestSource.Officer => "服务员录入", _ => "企业提交" };

    public static string Status(RequestStatus s) => s switch
    {
        RequestStatus.Submitted => "待受理", RequestStatus.Accepted => "已受理", RequestStatus.InProgress => "办理中", RequestStatus.Resolved => "已办结", _ => "已关闭",
    };

    public static string Level(HandlingLevel l) => l switch
    {
        HandlingLevel.Officer => "一级：首席服务员/园区", HandlingLevel.ParkDepartments => "二级：园区吹哨、部门报到",
        HandlingLevel.JointMeeting => "三级：区级联席会议", _ => "四级：党政主要领导",
    };

    public static string Stage(LifecycleStage s) => s switch
    {
        LifecycleStage.Opening => "企业开办", LifecycleStage.AccessPermits => "准入准营", LifecycleStage.InvestmentConstruction => "投资建设",
        LifecycleStage.Operation => "生产运行", LifecycleStage.ChangeRenewal => "变更延续", _ => "注销退出",
    };

    public static string StatusText(RequestStatus s) => Text.Get($"sd.status.{s}");
    public static string LevelText(HandlingLevel l) => Text.Get($"sd.level.{l}");
    public static string ActionText(RequestAction a) => Text.Get($"sd.action.{a}");
}
