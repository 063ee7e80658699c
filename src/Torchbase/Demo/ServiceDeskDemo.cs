using Microsoft.AspNetCore.Identity;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Notifications;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Demo;

/// <summary>
/// A year of the service desk, in the reports' order of magnitude (示例数据): about 220 requests handled at ~99–100%
/// (《高歌奋起谱新篇》(2021): 203 received, 100% handled; 《擂台比武争先锋 比学赶超促发展》(2024): 246 solved, 99.1%), 1,000+ visits (《高新区：追高逐新，激活发展新动能》(2024)), 403 agency cases
/// (《高歌奋起谱新篇》(2021), 100% completed), one chief service officer per park and enterprise, and the second department login dept2.
/// Requests are driven through the real workflow day by day, so their history, deadlines and lateness are consistent.
/// </summary>
public sealed class ServiceDeskDemo(UserManager<AppUser> users) : IDemoModule
{
    public int Order => 50;


    private static readonly Dictionary<RequestCategory, (string Title, string Description, string[] Departments)[]> Topics = new()
    {
        [RequestCategory.Finance] =
        [
            ("流动资金贷款周转困难", "原材料集中采购，需流动资金约800万元，希望协调银行续贷或办理无还本续贷。", ["财政金融局", "税务分局"]),
            ("申请科技贷贴息", "已获科技贷300万元，咨询贴息申报流程和材料。", ["财政金融局", "科技创新局"]),
        ],
        [RequestCategory.Land] =
        [
            ("二期扩建用地指标", "二期厂房扩建需新增用地约20亩，希望协调用地指标和规划条件。", ["自然资源和规划分局", "住房和城乡建设局"]),
            ("不动产权证办理", "厂房竣工验收后需办理不动产权证，材料有欠缺，请协助。", ["自然资源和规划分局"]),
        ],
        [RequestCategory.Approval] =
        [
            ("环评审批进度", "技改项目环评报告已提交，希望加快审批进度。", ["生态环境分局"]),
            ("施工许可办理", "新建车间施工许可材料已齐，请协调尽快办理。", ["住房和城乡建设局", "应急管理局"]),
            ("生产许可证变更", "企业名称变更后需同步变更工业产品生产许可证。", ["市场监督管理分局"]),
        ],
        [RequestCategory.Talent] =
        [
            ("技术工人招聘难", "新产线投产需熟练技工约50名，希望对接职业院校和人社部门招聘会。", ["人力资源和社会保障局"]),
            ("博士人才公寓申请", "引进博士2名，申请人才公寓和安家补贴。", ["人力资源和社会保障局", "科技创新局"]),
        ],
        [RequestCategory.Policy] =
        [
            ("研发费用加计扣除咨询", "咨询研发费用加计扣除的归集口径。", ["税务分局", "科技创新局"]),
            ("技改补贴兑现", "去年技改项目奖补资金尚未拨付，请协助跟进。", ["经济发展局", "财政金融局"]),
            ("首台套认定申报", "咨询首台（套）重大技术装备认定申报条件。", ["经济发展局"]),
        ],
        [RequestCategory.Utilities] =
        [
            ("双回路供电接入", "新增设备用电负荷大，需申请双回路供电。", ["经济发展局"]),
            ("厂区天然气管道接入", "锅炉改造需接入天然气管道，请协调燃气公司。", ["经济发展局", "住房和城乡建设局"]),
            ("厂区道路积水", "雨季厂区门前道路积水严重，影响物流车辆通行。", ["住房和城乡建设局"]),
        ],
        [RequestCategory.Market] = [("产品进入政府采购目录", "希望协助产品对接本地重点工程和政府采购。", ["经济发展局"])],
        [RequestCategory.Technology] =
        [
            ("申报省级工程技术研究中心", "计划申报省级工程技术研究中心，请指导材料准备。", ["科技创新局"]),
            ("对接高校开展联合攻关", "关键材料性能需提升，希望对接高校科研团队。", ["科技创新局"]),
        ],
    };

    private static readonly string[] Purposes =
        ["“万人助万企”走访", "政策宣讲", "安全生产检查", "项目建设进度了解", "“大走访、大调研”", "惠企政策兑现回访", "上规入统培育"];

    private static readonly string[] Findings =
        ["生产经营正常，暂无诉求。", "企业订单饱满，产能不足。", "反映招工难。", "咨询高企申报政策。", "反映用电负荷不足。", "资金周转偏紧。", "已宣讲研发费用加计扣除政策。"];

    /// <summary>The agency catalogue (《擂台比武争先锋 比学赶超促发展》(2024): 营业执照、信息变更、税务登记、项目立项、施工许可…), with promised working days.</summary>
    private static readonly (LifecycleStage Stage, string Name, string Authority, int Days, string[] Steps)[] Catalogue =
    [
        (LifecycleStage.Opening, "营业执照注册", "市场监督管理分局", 1, ["材料预审", "网上申报", "领取执照"]),
        (LifecycleStage.Opening, "税务登记及发票申领", "税务分局", 1, ["信息确认", "税种核定", "发票申领"]),
        (LifecycleStage.Opening, "刻制公章及银行开户", "市场监督管理分局", 1, ["刻章备案", "银行开户"]),
        (LifecycleStage.AccessPermits, "食品经营许可", "市场监督管理分局", 10, ["材料预审", "现场核查", "领取许可证"]),
        (LifecycleStage.AccessPermits, "排污许可登记", "生态环境分局", 10, ["材料准备", "网上申报", "审核通过"]),
        (LifecycleStage.InvestmentConstruction, "项目立项备案", "经济发展局", 3, ["材料预审", "在线备案", "取得备案证明"]),
        (LifecycleStage.InvestmentConstruction, "建设用地规划许可", "自然资源和规划分局", 15, ["方案审查", "许可审批", "证书送达"]),
        (LifecycleStage.InvestmentConstruction, "建筑工程施工许可", "住房和城乡建设局", 7, ["材料预审", "联合审查", "许可发放"]),
        (LifecycleStage.Operation, "高新技术企业申报辅导", "科技创新局", 20, ["政策辅导", "材料整理", "网上提交"]),
        (LifecycleStage.Operation, "社保及公积金开户", "人力资源和社会保障局", 3, ["信息采集", "开户办理"]),
        (LifecycleStage.ChangeRenewal, "营业执照变更", "市场监督管理分局", 1, ["材料预审", "变更登记", "换发执照"]),
        (LifecycleStage.ChangeRenewal, "许可证延续", "市场监督管理分局", 10, ["材料准备", "延续申请", "领取新证"]),
        (LifecycleStage.Exit, "简易注销", "市场监督管理分局", 20, ["清税", "公示", "注销登记"]),
    ];

    private static readonly string[] Comments = ["服务很到位，感谢！", "解决及时。", "部门配合很好。", "基本满意，希望进一步加快。", "首席服务员跑前跑后，非常满意。"];

    public async Task SeedAsync(Data.AppDbContext db, DemoWorld world)
    {
        var random = world.RandomFor("servicedesk");
        Guid NewId() { var bytes = new byte[16]; random.NextBytes(bytes); return new Guid(bytes); }
        var zone = world.Main;
        var calendar = WorkingCalendar.China();
        var deadlines = new Deadlines(DeadlinePolicy.Default, calendar);
        var today = world.Today;
        var departments = zone.Departments.ToDictionary(d => d.Name, d => d.Id);

        // Logins: a second department (land) for the whistle demo, and one chief service officer per park.
        var dept2 = await CreateUserAsync("dept2", "部门干部（自然资源）", Role.DepartmentStaff, u => { u.ZoneId = zone.Zone.Id; u.DepartmentId = departments["自然资源和规划分局"]; });
        var officers = new Dictionary<Guid, AppUser> { [zone.Zone.Parks[0].Id] = world.Logins["officer1"] };
        var names = new[] { "", "", "首席服务员（尼龙）", "首席服务员（储能）", "首席服务员（物流）", "首席服务员（沙河）", "首席服务员（双创）" };
        for (var i = 1; i < zone.Zone.Parks.Count; i++)
            officers[zone.Zone.Parks[i].Id] = await CreateUserAsync($"officer{i + 1}", names[Math.Min(i + 1, names.Length - 1)], Role.ServiceOfficer,
                u => { u.ZoneId = zone.Zone.Id; u.ParkId = zone.Zone.Parks[i].Id; });

        var active = zone.Enterprises.Where(e => e.Status == EnterpriseStatus.Active).ToList();
        foreach (var e in zone.Enterprises)
            db.OfficerAssignments.Add(new OfficerAssignment { EnterpriseId = e.Id, ZoneId = e.ZoneId, ParkId = e.ParkId, OfficerId = officers[e.ParkId].Id, AssignedOn = today.AddDays(-random.Next(60, 900)) });

        // Visits: ~1,050 a year, on working days.
        var yearAgo = today.AddDays(-365);
        var visits = new List<Visit>();
        for (var i = 0; i < 1050; i++)
        {
            var e = active[random.Next(active.Count)];
            var on = WorkingDay(calendar, yearAgo.AddDays(random.Next(365)));
            if (on > today) on = today;
            visits.Add(new Visit
            {
                Id = NewId(), ZoneId = e.ZoneId, ParkId = e.ParkId, EnterpriseId = e.Id, OfficerId = officers[e.ParkId].Id, VisitorName = officers[e.ParkId].DisplayName,
                VisitedOn = on, Purpose = Purposes[random.Next(Purposes.Length)], Findings = Findings[random.Next(Findings.Length)],
            });
        }
        db.Visits.AddRange(visits);

        // Requests: submitted through the year, a few more in recent months; the enterprise of ent1 has a handful.
        var ent1 = world.Logins["ent1"].EnterpriseId!.Value;
        var requests = new List<ServiceRequest>();
        for (var i = 0; i < 224; i++)
        {
            var enterprise = i < 4 ? active.First(e => e.Id == ent1) : active[random.Next(active.Count)];
            var submitted = WorkingDay(calendar, yearAgo.AddDays((int)(365 * Math.Sqrt(random.NextDouble()))));
            if (submitted > today) submitted = WorkingDay(calendar, today.AddDays(-3));
            var fromVisit = random.NextDouble() < 0.3 ? visits.Where(v => v.EnterpriseId == enterprise.Id).FirstOrDefault() : null;
            requests.Add(Simulate(enterprise, submitted, fromVisit, officers[enterprise.ParkId], random, deadlines, departments, today, NewId));
        }
        var year = 0; var seq = 0;
        foreach (var r in requests.OrderBy(r => r.SubmittedOn).ThenBy(r => r.Id))
        {
            if (r.SubmittedOn.Year != year) (year, seq) = (r.SubmittedOn.Year, 0);
            r.Number = $"SQ-{year}-{++seq:D5}";
        }
        db.ServiceRequests.AddRange(requests);

        // Agency: the catalogue and 403 cases (《高歌奋起谱新篇》(2021): 403 items, 100% completed); the last few are still open.
        var items = Catalogue.Select(c => new AgencyItem { Id = NewId(), ZoneId = zone.Zone.Id, Stage = c.Stage, Name = c.Name, Authority = c.Authority, PromisedDays = c.Days }).ToList();
        db.AgencyItems.AddRange(items);
        for (var i = 0; i < 403; i++)
        {
            var k = random.Next(Catalogue.Length);
            var e = active[random.Next(active.Count)];
            var opened = WorkingDay(calendar, yearAgo.AddDays(random.Next(365)));
            var agencyCase = new AgencyCase
            {
                Id = NewId(), ZoneId = e.ZoneId, ParkId = e.ParkId, EnterpriseId = e.Id, ItemId = items[k].Id, AgentName = officers[e.ParkId].DisplayName.Replace("首席服务员", "代办员"),
                OpenedOn = opened, Status = AgencyCaseStatus.Open,
            };
            var day = opened;
            var spent = Math.Max(1, (int)Math.Round(Catalogue[k].Days * (0.4 + random.NextDouble() * 0.6)));
            for (var s = 0; s < Catalogue[k].Steps.Length; s++)
            {
                day = calendar.AddWorkingDays(day, s == 0 ? 0 : Math.Max(1, spent / Catalogue[k].Steps.Length));
                if (day > today) break;
                agencyCase.Steps.Add(new AgencyStep { Id = NewId(), CaseId = agencyCase.Id, Order = s + 1, Name = Catalogue[k].Steps[s], DoneOn = day });
            }
            if (agencyCase.Steps.Count == Catalogue[k].Steps.Length) (agencyCase.Status, agencyCase.CompletedOn) = (AgencyCaseStatus.Completed, day);
            db.AgencyCases.Add(agencyCase);
        }

        // A few unread notifications so the bell is alive for the demo logins.
        var now = new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), ClockExtensions.ChinaOffset).ToUniversalTime(); // PostgreSQL stores UTC only
        foreach (var (user, title, link) in new[]
        {
            (world.Logins["officer1"], "本周有诉求即将到期，请及时办理", "/service/requests?deadline=DueSoon"),
            (world.Logins["dept1"], "园区吹哨，请报到", "/service/requests?open=true"),
            (dept2, "园区吹哨，请报到", "/service/requests?open=true"),
            (world.Logins["ent1"], "欢迎使用企业诉求服务：首席服务员一对一服务", "/service/requests"),
        })
            db.Notifications.Add(new Notification { Id = Guid.CreateVersion7(now), UserId = user.Id, Title = title, Link = link, CreatedAt = now });
    }

    /// <summary>Plays one request through the workflow on the days it would have happened, stopping at today.</summary>
    private static ServiceRequest Simulate(Enterprise enterprise, DateOnly submitted, Visit? visit, AppUser officer, Random random, Deadlines deadlines,
        Dictionary<string, Guid> departments, DateOnly today, Func<Guid> newId)
    {
        var category = Enum.GetValues<RequestCategory>()[random.Next(Enum.GetValues<RequestCategory>().Length - 1)];
        var topic = Topics[category][random.Next(Topics[category].Length)];
        var r = new ServiceRequest
        {
            Id = newId(), ZoneId = enterprise.ZoneId, ParkId = enterprise.ParkId, EnterpriseId = enterprise.Id, Number = "", Title = topic.Title, Description = topic.Description,
            Category = category, Urgency = random.NextDouble() < 0.15 ? Urgency.Urgent : random.NextDouble() < 0.03 ? Urgency.Critical : Urgency.Normal,
            Source = visit is not null ? RequestSource.Visit : random.NextDouble() < 0.2 ? RequestSource.Officer : RequestSource.Enterprise,
            VisitId = visit?.Id, OfficerId = officer.Id, Status = RequestStatus.Submitted, SubmittedOn = submitted,
            SubmittedAt = At(submitted, random), LevelStartedOn = submitted, DueOn = deadlines.DueOn(RequestStatus.Submitted, HandlingLevel.Officer, submitted),
        };
        var calendar = deadlines.Calendar;
        var day = submitted;
        bool Step(RequestAction action, ActorKind actor, int afterDays, string user, RequestCommand? command = null)
        {
            var next = calendar.AddWorkingDays(day, afterDays);
            if (next > today) return false;
            day = next;
            return RequestWorkflow.Apply(r, command ?? new RequestCommand(action, actor), deadlines, At(day, random), day, null, user, newId).Allowed;
        }
        var late = random.NextDouble() < 0.04; // a few steps run over, as in real life
        if (!Step(RequestAction.Accept, ActorKind.Officer, random.NextDouble() < 0.7 ? 0 : 1, officer.UserName!)) return r;
        if (!Step(RequestAction.Start, ActorKind.Officer, 0, officer.UserName!)) return r;
        var roll = random.NextDouble();
        if (roll < 0.3)
        {
            var named = topic.Departments.Take(1 + random.Next(topic.Departments.Length)).Select(n => departments[n]).ToList();
            if (!Step(RequestAction.Escalate, ActorKind.Officer, 1 + random.Next(3), officer.UserName!,
                    new RequestCommand(RequestAction.Escalate, ActorKind.Officer) { Reason = "需多部门协同解决，园区吹哨", Departments = named })) return r;
            foreach (var task in r.Tasks)
            {
                var replyOn = calendar.AddWorkingDays(task.AssignedOn, late ? 11 + random.Next(3) : 2 + random.Next(8));
                if (replyOn <= today) RequestWorkflow.Reply(task, task.DepartmentId, "已到园区现场对接，按职责办理完毕。", replyOn, "部门干部");
            }
            if (r.Tasks.Any(t => t.RepliedOn is null)) return r;
            day = r.Tasks.Max(t => t.RepliedOn!.Value);
            if (roll < 0.05)
            {
                if (!Step(RequestAction.Escalate, ActorKind.Officer, 1, officer.UserName!,
                        new RequestCommand(RequestAction.Escalate, ActorKind.Officer) { Reason = "情况复杂，提请区级联席会议" })) return r;
                var meeting = $"区级联席会议专题研究：明确牵头部门和完成时限（{day.AddDays(3):yyyy年M月d日}）。";
                if (roll < 0.012 && !Step(RequestAction.Escalate, ActorKind.Leader, 5, "leader",
                        new RequestCommand(RequestAction.Escalate, ActorKind.Leader) { Reason = "需党政主要领导协调", MeetingRecord = meeting })) return r;
                if (!Step(RequestAction.Resolve, ActorKind.Leader, late ? 22 : 6 + random.Next(10), "leader",
                        new RequestCommand(RequestAction.Resolve, ActorKind.Leader) { Resolution = "经联席会议协调，问题已解决。", MeetingRecord = meeting })) return r;
            }
            else if (!Step(RequestAction.Resolve, ActorKind.Officer, 1, officer.UserName!,
                         new RequestCommand(RequestAction.Resolve, ActorKind.Officer) { Resolution = "相关部门已按职责办理，问题解决。" })) return r;
        }
        else if (!Step(RequestAction.Resolve, ActorKind.Officer, late ? 6 + random.Next(3) : 1 + random.Next(4), officer.UserName!,
                     new RequestCommand(RequestAction.Resolve, ActorKind.Officer) { Resolution = "首席服务员现场协调，问题已解决。" })) return r;

        var rating = random.NextDouble() switch { < 0.7 => 5, < 0.93 => 4, < 0.99 => 3, _ => 2 };
        var actor = r.Source == RequestSource.Enterprise ? ActorKind.Enterprise : ActorKind.Officer;
        if (rating <= 2 && Step(RequestAction.Reopen, actor, 1, "企业用户", new RequestCommand(RequestAction.Reopen, actor) { Reason = "问题未彻底解决" }))
        {
            if (!Step(RequestAction.Resolve, ActorKind.Officer, 2, officer.UserName!, new RequestCommand(RequestAction.Resolve, ActorKind.Officer) { Resolution = "补充协调后解决。" })) return r;
            rating = 4;
        }
        Step(RequestAction.Confirm, actor, 1 + random.Next(3), "企业用户",
            new RequestCommand(RequestAction.Confirm, actor) { Rating = rating, Comment = Comments[random.Next(Comments.Length)] });
        return r;
    }

    private static DateTimeOffset At(DateOnly day, Random random) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(9 + random.Next(8), random.Next(60))), ClockExtensions.ChinaOffset).ToUniversalTime();

    private static DateOnly WorkingDay(WorkingCalendar calendar, DateOnly day) => calendar.IsWorkingDay(day) ? day : calendar.AddWorkingDays(day, 1);

    private async Task<AppUser> CreateUserAsync(string userName, string displayName, Role role, Action<AppUser> scope)
    {
        var user = new AppUser { UserName = userName, DisplayName = displayName };
        scope(user);
        var created = await users.CreateAsync(user, DemoSeeder.DemoPassword);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role.ToString());
        return user;
    }
}
