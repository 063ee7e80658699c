using Torchbase.Data;
using Torchbase.Domain.Projects;

namespace Torchbase.Demo;

/// <summary>
/// A project ledger for both demo zones, in the reports' order of magnitude: the main zone signs 39 projects worth about
/// 116亿 in the year with about 49亿 of out-of-province funds in place and 20 provincial/municipal key projects ahead of
/// their targets (《攀“高”不止步 从“新”再出发》(2023)); the second zone signs 8 worth about 51亿 with 21 under negotiation (《科创引领蓄势赋能 示范“新”区奋力跃升》(2023)). Key projects
/// carry monthly investment up to the current month, weekly reports and monthly tour scores. All figures are 示例数据.
/// </summary>
public sealed class ProjectsDemo : IDemoModule
{
    public int Order => 50;

    private static readonly string[] Origins =
        ["浙江省杭州市", "江苏省苏州市", "广东省深圳市", "北京市", "上海市", "山东省青岛市", "湖北省武汉市", "河南省郑州市", "河南省平顶山市", "河南省南阳市"];
    private static readonly string[] Templates = ["年产{0}{1}项目", "{2}{1}产业园项目", "{1}智能化生产线项目", "{2}{1}研发及产业化项目", "{1}扩能改造项目"];
    private static readonly string[] Titles = ["管委会主任", "管委会副主任", "党工委委员", "经济发展局局长"];
    private static readonly string[] Progresses =
        ["主体结构施工中", "钢结构厂房封顶", "设备安装调试", "土方开挖完成", "装饰装修阶段", "试生产", "办理施工许可", "基础施工完成"];
    private static readonly string[] Problems =
        ["项目用电增容手续待办理", "施工用地尚有一户未完成征迁", "环评批复待省厅审批", "配套道路未贯通影响材料进场", "融资贷款审批进度慢"];

    public Task SeedAsync(AppDbContext db, DemoWorld world)
    {
        var random = world.RandomFor("projects");
        Seed(db, world, world.Main, random, signedThisYear: 39, signedAmount: 1_160_600m, negotiating: 14, leads: 6, earlier: 12, keyProjects: 20, lagging: 0);
        Seed(db, world, world.Second, random, signedThisYear: 8, signedAmount: 511_300m, negotiating: 21, leads: 4, earlier: 8, keyProjects: 10, lagging: 1);
        return Task.CompletedTask;
    }

    private static void Seed(AppDbContext db, DemoWorld world, DemoZone zone, Random random,
        int signedThisYear, decimal signedAmount, int negotiating, int leads, int earlier, int keyProjects, int lagging)
    {
        var today = world.Today;
        var yearStart = new DateOnly(today.Year, 1, 1);
        var parks = zone.Zone.Parks;
        var names = new HashSet<string>();
        var projects = new List<Project>();
        var weights = Enumerable.Range(0, signedThisYear).Select(_ => 0.4 + random.NextDouble() * 1.6).ToList();

        Project New(ProjectStage finalStage, DateOnly firstContact)
        {
            var chain = zone.Chains[random.Next(zone.Chains.Count)];
            var spec = (zone == world.Main ? DemoCatalogue.Pingdingshan : DemoCatalogue.Nanyang).Chains.First(c => c.Code == chain.Code);
            var park = random.NextDouble() < 0.7 ? parks.FirstOrDefault(p => p.Name == spec.HomePark) ?? parks[0] : parks[random.Next(parks.Count)];
            string name;
            do
            {
                var link = spec.Links[random.Next(spec.Links.Length)];
                var trade = DemoCatalogue.TradeNames[random.Next(DemoCatalogue.TradeNames.Length)]
                    + DemoCatalogue.TradeNames[random.Next(DemoCatalogue.TradeNames.Length)];
                name = string.Format(Templates[random.Next(Templates.Length)],
                    random.Next(1, 30) * (random.Next(2) == 0 ? 1 : 10) + (random.Next(2) == 0 ? "万套" : "万吨"), link, trade);
            } while (!names.Add(name));
            var origin = Origins[random.Next(Origins.Length)];
            var investor = DemoCatalogue.TradeNames[random.Next(DemoCatalogue.TradeNames.Length)]
                + DemoCatalogue.TradeNames[random.Next(DemoCatalogue.TradeNames.Length)]
                + spec.Noun + DemoCatalogue.Suffixes[random.Next(DemoCatalogue.Suffixes.Length)];
            var leader = DemoCatalogue.Surnames[random.Next(DemoCatalogue.Surnames.Length)]
                + DemoCatalogue.GivenNames[random.Next(DemoCatalogue.GivenNames.Length)];
            var project = new Project
            {
                Id = Guid.CreateVersion7(), ZoneId = zone.Zone.Id, ParkId = park.Id, IndustryChainId = chain.Id, Name = name,
                Investor = investor, Builder = investor, Origin = origin, OutOfProvince = !origin.StartsWith("河南", StringComparison.Ordinal),
                Stage = ProjectStage.Lead, StageChangedOn = firstContact, EnteredOn = firstContact, PlannedInvestment = random.Next(5, 60) * 1000m,
                LeaderName = $"{leader}（{Titles[random.Next(Titles.Length)]}）", TeamName = $"{park.Name}项目服务专班",
                TargetDate = today.AddMonths(random.Next(3, 30)),
            };
            project.StageChanges.Add(new ProjectStageChange { Id = Guid.CreateVersion7(), From = ProjectStage.Lead, To = ProjectStage.Lead, On = firstContact,
                RecordedAt = At(firstContact, 0), Note = "录入台账", By = "system" });
            var path = new[] { ProjectStage.Negotiating, ProjectStage.Signed, ProjectStage.Started, ProjectStage.InProduction };
            var day = firstContact;
            foreach (var stage in path.TakeWhile(s => s <= finalStage && finalStage != ProjectStage.Dropped))
            {
                day = day.AddDays(random.Next(15, 60));
                if (day > today) day = today;
                Move(project, stage, day);
            }
            if (finalStage == ProjectStage.Dropped)
            {
                Move(project, ProjectStage.Negotiating, firstContact.AddDays(20));
                Move(project, ProjectStage.Dropped, firstContact.AddDays(80), "投资方调整布局，终止洽谈");
            }
            projects.Add(project);
            return project;
        }

        // Signed this year: the year's figures of the reports, spread over the months so far.
        var days = Math.Max(1, today.DayNumber - yearStart.DayNumber);
        for (var i = 0; i < signedThisYear; i++)
        {
            var signedOn = yearStart.AddDays(random.Next(days));
            var stage = random.NextDouble() switch { < 0.45 => ProjectStage.Signed, < 0.85 => ProjectStage.Started, _ => ProjectStage.InProduction };
            var p = New(ProjectStage.Lead, signedOn.AddDays(-random.Next(40, 120)));
            Move(p, ProjectStage.Negotiating, signedOn.AddDays(-random.Next(10, 35)));
            Move(p, ProjectStage.Signed, signedOn, "项目签约");
            if (stage >= ProjectStage.Started) Move(p, ProjectStage.Started, Min(signedOn.AddDays(random.Next(20, 90)), today), "项目开工");
            if (stage >= ProjectStage.InProduction) Move(p, ProjectStage.InProduction, Min(p.StageChangedOn.AddDays(random.Next(30, 120)), today), "建成投产");
            p.PlannedInvestment = Math.Round(signedAmount * (decimal)(weights[i] / weights.Sum()) / 10) * 10;
            p.ActualFunds = Math.Round(p.PlannedInvestment * (decimal)(stage switch { ProjectStage.Signed => 0.1 + random.NextDouble() * 0.2,
                ProjectStage.Started => 0.35 + random.NextDouble() * 0.3, _ => 0.8 + random.NextDouble() * 0.2 }));
            p.Batch = stage switch { ProjectStage.Signed => BatchKind.Signing, ProjectStage.Started => BatchKind.Starting, _ => BatchKind.Production };
            if (random.NextDouble() < 0.4) p.Batch = BatchKind.None;
            p.BatchRound = p.Batch == BatchKind.None ? null : random.Next(6, 9);
        }
        for (var i = 0; i < negotiating; i++) New(ProjectStage.Negotiating, today.AddDays(-random.Next(60, 200)));
        for (var i = 0; i < leads; i++) New(ProjectStage.Lead, today.AddDays(-random.Next(5, 90)));
        New(ProjectStage.Dropped, yearStart.AddDays(-random.Next(30, 200)));
        // Projects signed in earlier years, now building or producing: most of the key projects are among them.
        for (var i = 0; i < earlier; i++)
        {
            var p = New(i % 3 == 0 ? ProjectStage.InProduction : ProjectStage.Started, yearStart.AddDays(-random.Next(500, 800)));
            p.PlannedInvestment = random.Next(20, 120) * 1000m;
            p.ActualFunds = Math.Round(p.PlannedInvestment * (decimal)(0.5 + random.NextDouble() * 0.5));
            p.Batch = p.Stage == ProjectStage.InProduction ? BatchKind.Production : BatchKind.Starting;
            p.BatchRound = random.Next(1, 6);
        }
        // A batch project that has not broken ground yet, where the zone lags (start rate below 100%).
        foreach (var p in projects.Where(p => p.Stage == ProjectStage.Signed).Take(lagging)) { p.Batch = BatchKind.Starting; p.BatchRound = 8; }

        // Key projects: started ones first, half provincial; targets and monthly investment up to this month.
        var keys = projects.Where(p => p.Stage is ProjectStage.Started or ProjectStage.InProduction).OrderByDescending(p =>
            p.PlannedInvestment).Take(keyProjects).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            var p = keys[i];
            p.KeyLevel = i % 5 < 2 ? KeyProjectLevel.Provincial : KeyProjectLevel.Municipal;
            p.ImageProgress = p.Stage == ProjectStage.InProduction ? "已建成投产" : Progresses[random.Next(Progresses.Length)];
            var target = Math.Round(p.PlannedInvestment * (decimal)(0.25 + random.NextDouble() * 0.2) / 100) * 100;
            p.AnnualPlans.Add(new ProjectAnnualPlan { Id = Guid.CreateVersion7(), Year = today.Year, Target = target });
            // 《攀“高”不止步 从“新”再出发》(2023): provincial projects ahead of the calendar (109.9%), municipal just behind it (94.3%); one in six lags.
            var pace = i % 6 == 5 ? 0.55 : p.KeyLevel == KeyProjectLevel.Provincial ? 1.15 : 0.97;
            var start = p.StartedOn is { } s && s.Year == today.Year ? s.Month : 1;
            for (var m = start; m <= today.Month; m++)
            {
                var amount = Math.Round(target / 12 * (decimal)(pace * (0.7 + random.NextDouble() * 0.6)) * (12m / (13 - start)) / 10) * 10;
                p.MonthlyInvestments.Add(new ProjectMonthlyInvestment { Id = Guid.CreateVersion7(), Year = today.Year, Month = m, Amount = amount });
            }
            AddSupervision(p, today, random);
        }
        AddSources(zone, projects, world.RandomFor(zone == world.Main ? "project-sources" : "project-sources-2"), today);
        if (zone == world.Main) DateEntries(projects, world.RandomFor("project-entries"), today);
        AddFunds(projects, today);
        AddMilestones(projects, world.RandomFor(zone == world.Main ? "project-milestones" : "project-milestones-2"), today, showcase: zone == world.Main);
        AddOutputs(projects, world.RandomFor(zone == world.Main ? "project-outputs" : "project-outputs-2"), today);
        AddApprovals(keys, world.RandomFor(zone == world.Main ? "project-approvals" : "project-approvals-2"), today);
        db.Projects.AddRange(projects);
    }

    private static readonly string[] Bringers =
        ["经济发展局 李明", "科技创新局 张华", "招商服务中心", "创新创业园管委会 王强", "财政金融局 赵静", "党政办公室 刘洋"];

    /// <summary>
    /// The channel of every project and who brought the 全员招商 ones in (its own random stream, so the figures above stay as they are),
    /// and a few urban-construction and public-welfare projects beside the industrial ones, outside the 招商 figures.
    /// </summary>
    private static void AddSources(DemoZone zone, List<Project> projects, Random random, DateOnly today)
    {
        foreach (var p in projects)
        {
            p.Source = random.NextDouble() switch
            {
                < 0.35 => ProjectSource.AllStaff, < 0.65 => ProjectSource.IndustryChain, < 0.75 => ProjectSource.Competition,
                < 0.9 => ProjectSource.BusinessReferral, _ => ProjectSource.Other,
            };
            if (p.Source == ProjectSource.AllStaff) p.BroughtBy = Bringers[random.Next(Bringers.Length)];
        }
        string[] others = ["城市更新片区改造项目", "安置区配套建设项目", "滨河道路提升工程"];
        for (var i = 0; i < others.Length; i++)
        {
            var started = today.AddDays(-120 - 30 * i);
            var park = zone.Zone.Parks[i % zone.Zone.Parks.Count];
            var p = new Project
            {
                Id = Guid.CreateVersion7(), ZoneId = zone.Zone.Id, ParkId = park.Id, Name = $"{park.Name}{others[i]}", Stage = ProjectStage.Lead,
                StageChangedOn = started.AddDays(-60), PlannedInvestment = 8000m + 4000m * i, Builder = "城市建设投资有限公司",
                EnteredOn = started.AddDays(-60), Category = i == 1 ? ProjectCategory.Livelihood : ProjectCategory.UrbanConstruction,
                Source = ProjectSource.Other,
                TeamName = $"{park.Name}项目服务专班", TargetDate = today.AddMonths(8 + 4 * i),
            };
            p.StageChanges.Add(new ProjectStageChange { Id = Guid.CreateVersion7(), From = ProjectStage.Lead, To = ProjectStage.Lead,
                On = p.StageChangedOn, RecordedAt = At(p.StageChangedOn, 0), Note = "录入台账", By = "system" });
            Move(p, ProjectStage.Signed, started.AddDays(-20));
            Move(p, ProjectStage.Started, started);
            projects.Add(p);
        }
    }

    /// <summary>
    /// The main zone's 入库 figures of the reports for the year so far: 新入库投资项目 13 个、计划总投资 45.6 亿元、较去年增长 44.3%
    /// (31.6 亿元 in the same months a year earlier). Thirteen projects still in talks or leads are entered this year and seven a
    /// year earlier, with their planned investment scaled to those totals; every other industrial project entered before either
    /// span (a lead may wait in the library long before talks begin). A date moved earlier moves the 录入台账 record with it.
    /// </summary>
    private static void DateEntries(List<Project> projects, Random random, DateOnly today)
    {
        var (thisYear, lastYear) = (new MonthSpan(today.Year, 1, today.Month), new MonthSpan(today.Year - 1, 1, today.Month));
        var pipeline = projects.Where(p => p.Category == ProjectCategory.Industrial && p.Stage is ProjectStage.Lead or ProjectStage.Negotiating).ToList();
        var yearStart = new DateOnly(today.Year, 1, 1);
        // Entered this year only where the talks began this year too (the entry comes before them).
        var fresh = pipeline.Where(p => (p.StageChanges.Count > 1 ? p.StageChanges[1].On : today) >= yearStart).Take(13).ToList();
        var older = pipeline.Except(fresh).Take(7).ToList();
        // Within the months before this one (when there are), so the figure of the completed months stays as the reports give it.
        var end = today.Month > 1 ? new DateOnly(today.Year, today.Month, 1).AddDays(-1) : today;
        foreach (var p in fresh)
        {
            var next = p.StageChanges.Count > 1 ? p.StageChanges[1].On : today;
            Enter(p, p.EnteredOn >= yearStart && p.EnteredOn <= end ? p.EnteredOn
                : Min(next, yearStart.AddDays(random.Next(end.DayNumber - yearStart.DayNumber + 1))));
        }
        var lastStart = new DateOnly(today.Year - 1, 1, 1);
        var lastEnd = end.AddYears(-1);
        foreach (var p in older) Enter(p, lastStart.AddDays(random.Next(lastEnd.DayNumber - lastStart.DayNumber + 1)));
        Scale(fresh, 456_000m);
        Scale(older, 316_000m);
        var outside = new DateOnly(today.Year - 2, 12, 31);
        foreach (var p in projects.Except(fresh).Except(older).Where(p => thisYear.Contains(p.EnteredOn) || lastYear.Contains(p.EnteredOn)))
            Enter(p, outside.AddDays(-random.Next(0, 200)));

        static void Enter(Project p, DateOnly on)
        {
            p.EnteredOn = on;
            if (on < p.StageChanges[0].On) p.StageChanges[0].On = on;
            if (p.StageChanges.Count == 1) p.StageChangedOn = p.StageChanges[0].On;
        }
        static void Scale(List<Project> list, decimal total)
        {
            var sum = list.Sum(p => p.PlannedInvestment);
            foreach (var p in list) p.PlannedInvestment = Math.Round(p.PlannedInvestment * total / sum / 10) * 10;
            list[^1].PlannedInvestment += total - list.Sum(p => p.PlannedInvestment);
        }
    }

    /// <summary>
    /// Funds in place (实际到位资金) arrive month by month from the month a project was signed (within the last two years) through
    /// this month, in equal parts, the last month taking what rounding leaves; the totals are those drawn above.
    /// </summary>
    private static void AddFunds(List<Project> projects, DateOnly today)
    {
        foreach (var p in projects.Where(p => p.ActualFunds > 0))
        {
            var from = p.SignedOn is { } signed ? new DateOnly(signed.Year, signed.Month, 1) : new DateOnly(today.Year, today.Month, 1);
            var floor = new DateOnly(today.Year - 1, today.Month, 1).AddMonths(-11);
            if (from < floor) from = floor;
            var months = new List<DateOnly>();
            for (var m = from; m <= today; m = m.AddMonths(1)) months.Add(m);
            var share = Math.Round(p.ActualFunds / months.Count / 10) * 10;
            foreach (var (m, i) in months.Select((m, i) => (m, i)))
                p.FundsArrivals.Add(new ProjectFundsArrival
                {
                    Id = Guid.CreateVersion7(), Year = m.Year, Month = m.Month,
                    Amount = i == months.Count - 1 ? p.ActualFunds - share * (months.Count - 1) : share,
                });
            p.ActualFunds = 0;
        }
    }

    /// <summary>
    /// Milestones of the projects that broke ground: 开工 as it happened, 主体封顶 about half a year later, 竣工 and 投产 after it,
    /// reached a few days early or late where their day has come. The main zone shows the reports' 一号楼主体封顶, 3 days ahead of plan.
    /// </summary>
    private static void AddMilestones(List<Project> projects, Random random, DateOnly today, bool showcase)
    {
        var shown = false;
        foreach (var p in projects.Where(p => p.StartedOn is not null && p.Category == ProjectCategory.Industrial))
        {
            var started = p.StartedOn!.Value;
            void Add(MilestoneKind kind, DateOnly planned, DateOnly? actual, string? name = null) => p.Milestones.Add(new ProjectMilestone
            {
                Id = Guid.CreateVersion7(), Kind = kind, Name = name, PlannedOn = planned, ActualOn = actual,
            });
            DateOnly? Reached(DateOnly planned, DateOnly? cap = null)
            {
                var day = planned.AddDays(random.Next(-6, 12));
                return day <= (cap ?? today) ? day : null;
            }
            Add(MilestoneKind.Start, started.AddDays(random.Next(-10, 8)), started);
            var topping = started.AddDays(random.Next(150, 240));
            if (showcase && !shown && p.Stage == ProjectStage.Started && started <= today.AddDays(-60))
            {
                Add(MilestoneKind.Topping, today.AddDays(-7), today.AddDays(-10), "一号楼主体封顶");
                Add(MilestoneKind.Completion, today.AddDays(random.Next(90, 180)), null);
                shown = true;
                continue;
            }
            var production = p.ProducingOn;
            var toppingActual = production is { } made ? Min(Reached(topping, made) ?? made.AddDays(-60), made) : Reached(topping);
            Add(MilestoneKind.Topping, topping, toppingActual);
            var completion = topping.AddDays(random.Next(90, 160));
            Add(MilestoneKind.Completion, completion, production is { } done ? Min(Reached(completion, done) ?? done, done)
                : toppingActual is null ? null : Reached(completion));
            Add(MilestoneKind.Production, p.TargetDate is { } target && target > completion ? target : completion.AddDays(30), production);
        }
    }

    /// <summary>
    /// 投产达效: each producing project's output target for the years it produced (about 1.2–2 times its investment, 万元) and, for a
    /// finished year, the actual output — most reach the target, about one in four falls short. This year's actual is reported by half.
    /// </summary>
    private static void AddOutputs(List<Project> projects, Random random, DateOnly today)
    {
        foreach (var p in projects.Where(p => p.ProducingOn is not null && p.Stage == ProjectStage.InProduction))
            for (var year = Math.Max(p.ProducingOn!.Value.Year, today.Year - 1); year <= today.Year; year++)
            {
                var target = Math.Round(p.PlannedInvestment * (decimal)(1.2 + random.NextDouble() * 0.8) / 100) * 100;
                var reported = year < today.Year || random.NextDouble() < 0.5;
                var share = random.NextDouble() < 0.25 ? 0.7 + random.NextDouble() * 0.25 : 1 + random.NextDouble() * 0.2;
                var actual = reported ? Math.Round(target * (decimal)share / 10) * 10 : (decimal?)null;
                p.Outputs.Add(new ProjectAnnualOutput { Id = Guid.CreateVersion7(), Year = year, Target = target, Actual = actual });
            }
    }

    private static readonly ApprovalItemKind[] FastTrackItems =
        [ApprovalItemKind.ProjectApproval, ApprovalItemKind.Land, ApprovalItemKind.Planning, ApprovalItemKind.ConstructionPermit];

    /// <summary>
    /// Approval items of the key projects on the "3 个 1" fast track (1 日报送、1 日评审、1 日批复): each step a working day after the one
    /// before, as the reports say, except about one item in eight reviewed or approved a day or two late; the newest items are still
    /// under way. Weekends are skipped here; the clock itself counts in the zone's calendar.
    /// </summary>
    private static void AddApprovals(List<Project> keys, Random random, DateOnly today)
    {
        static DateOnly Working(DateOnly day, int days)
        {
            while (days > 0 || day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                day = day.AddDays(1);
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days--;
            }
            return day;
        }
        foreach (var p in keys.Where(p => p.StartedOn is not null).Take(8))
        {
            var submitted = Working(p.SignedOn ?? p.StartedOn!.Value, 1);
            foreach (var kind in FastTrackItems)
            {
                if (submitted >= today) break;
                DateOnly? reviewed = Working(submitted, random.NextDouble() < 0.12 ? 2 : 1);
                DateOnly? approved = Working(reviewed.Value, random.NextDouble() < 0.12 ? 2 + random.Next(2) : 1);
                if (reviewed > today) (reviewed, approved) = (null, null);
                else if (approved > today) approved = null;
                p.Approvals.Add(new ProjectApproval
                {
                    Id = Guid.CreateVersion7(), Kind = kind, SubmittedOn = submitted, ReviewedOn = reviewed, ApprovedOn = approved,
                    Helper = kind == ApprovalItemKind.ConstructionPermit ? "项目代办员" : null,
                });
                submitted = Working(approved ?? reviewed ?? submitted, random.Next(3, 15));
            }
        }
    }

    private static void AddSupervision(Project p, DateOnly today, Random random)
    {
        // 周督导: a report every other week for the last two months.
        for (var week = 0; week < 8; week += 2)
        {
            var problem = random.NextDouble() < 0.15;
            var on = today.AddDays(-7 * week - random.Next(0, 3));
            p.Supervisions.Add(new SupervisionRecord
            {
                Id = Guid.CreateVersion7(), Kind = SupervisionKind.WeeklyReport, On = on, Progress = $"本周{Progresses[random.Next(Progresses.Length)]}，按计划推进",
                ProblemRaised = problem, Problem = problem ? Problems[random.Next(Problems.Length)] : null,
                ProblemResolvedOn = problem && week > 2 ? on.AddDays(random.Next(2, 10)) : null, By = "park1",
            });
        }
        // 月观摩: one tour a month for this quarter and the last, scored on the default criteria.
        var quarterStart = Quarter.Of(today).Start.AddMonths(-3);
        for (var month = quarterStart; month <= today; month = month.AddMonths(1))
        {
            var on = month.AddDays(Math.Min(19, Math.Max(0, today.DayNumber - month.DayNumber)));
            if (on > today) break;
            var tour = new SupervisionRecord { Id = Guid.CreateVersion7(), Kind = SupervisionKind.MonthlyTour, On = on,
                Progress = "现场观摩：" + (p.ImageProgress ?? "施工中"), By = "leader" };
            foreach (var c in RatingRules.Default.Tour.Criteria)
                tour.Scores.Add(new TourScore { Id = Guid.CreateVersion7(), Criterion = c.Code, Score = random.Next(68, 99) });
            p.Supervisions.Add(tour);
        }
    }

    private static void Move(Project p, ProjectStage to, DateOnly on, string? note = null)
    {
        p.StageChanges.Add(new ProjectStageChange { Id = Guid.CreateVersion7(), From = p.Stage, To = to, On = on, RecordedAt = At(on, p.StageChanges.Count),
            Note = note, By = "system" });
        p.Stage = to;
        p.StageChangedOn = on;
        switch (to)
        {
            case ProjectStage.Signed: p.SignedOn = on; break;
            case ProjectStage.Started: p.StartedOn = on; break;
            case ProjectStage.InProduction: p.ProducingOn = on; break;
        }
    }

    /// <summary>09:00 China time on the day, in UTC (PostgreSQL stores instants as UTC only).</summary>
    private static DateTimeOffset At(DateOnly day, int order) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero).AddMinutes(order);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
