using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Policies;
using Torchbase.Features.Notifications;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;
using Torchbase.Spreadsheets;

namespace Torchbase.Features.Policies;

/// <summary>
/// Policy benefits (惠企政策): the bureau's library of policies and their benefit items, and matching (政策计算器) — for an enterprise,
/// what it can get and nearly gets; for the bureau, who qualifies for an item and what it would cost. Redemption is in
/// <see cref="RedemptionEndpoints"/>.
/// </summary>
public static class PolicyEndpoints
{
    public static void MapPolicyEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/policies").WithTags("Policies").RequireAuthorization(Permissions.PoliciesRead);

        group.MapGet("/", ListPolicies)
            .WithName(nameof(ListPolicies))
            .WithSummary("Policies in the caller's scope (an enterprise or park officer sees published ones), filtered, sorted and paged");
        group.MapGet("/items", ListBenefitItems)
            .WithName(nameof(ListBenefitItems))
            .WithSummary("The benefit items of published and withdrawn policies, to link a voucher or a policy fund to the item it pays");
        group.MapGet("/{id:guid}", GetPolicy)
            .WithName(nameof(GetPolicy))
            .WithSummary("One policy with its benefit items, amount rules and conditions");
        group.MapPost("/", CreatePolicy)
            .WithName(nameof(CreatePolicy))
            .WithSummary("Create a draft policy with its benefit items")
            .RequireAuthorization(Permissions.PoliciesManage);
        group.MapPut("/{id:guid}", UpdatePolicy)
            .WithName(nameof(UpdatePolicy))
            .WithSummary("Edit a draft policy and replace its benefit items (with the version last read)")
            .RequireAuthorization(Permissions.PoliciesManage);
        group.MapPost("/{id:guid}/publish", PublishPolicy)
            .WithName(nameof(PublishPolicy))
            .WithSummary("Publish a draft policy and notify the enterprises that now qualify for one of its items")
            .RequireAuthorization(Permissions.PoliciesManage);
        group.MapPost("/{id:guid}/withdraw", WithdrawPolicy)
            .WithName(nameof(WithdrawPolicy))
            .WithSummary("Withdraw a published policy: no more applications or matching")
            .RequireAuthorization(Permissions.PoliciesManage);
        group.MapGet("/matching/enterprises/{enterpriseId:guid}", MatchEnterprisePolicies)
            .WithName(nameof(MatchEnterprisePolicies))
            .WithSummary("政策计算器: the benefits an enterprise qualifies for now, with amounts and reasons, and those it nearly qualifies for, with gaps");
        group.MapGet("/items/{itemId:guid}/matching", MatchBenefitItem)
            .WithName(nameof(MatchBenefitItem))
            .WithSummary("The enterprises that qualify for a benefit item now, with the amount each and the total")
            .RequireAuthorization(Permissions.PoliciesManage);

        group.MapGet("/statistics", GetPolicyStatistics)
            .WithName(nameof(GetPolicyStatistics))
            .WithSummary("惠企政策兑现 in a year: policies and items carried out, enterprises benefited, amounts by level, type, park and year")
            .RequireAuthorization(Permissions.PoliciesManage);
        group.MapGet("/statistics/export", ExportPolicyStatistics)
            .WithName(nameof(ExportPolicyStatistics))
            .WithSummary("The year's 惠企政策兑现 statistics as an Excel workbook: one row per level, type, park and year")
            .RequireAuthorization(Permissions.PoliciesManage);

        RedemptionEndpoints.Map(group);
        BenefitAttachmentEndpoints.Map(group);
    }

    public static async Task<Ok<List<BenefitItemOption>>> ListBenefitItems([AsParameters] ApiServices api) =>
        TypedResults.Ok(await api.Db.Policies.AsNoTracking().Where(p => p.State != PolicyState.Draft)
            .SelectMany(p => p.Items, (p, i) => new { p, i })
            .OrderByDescending(x => x.p.InForceFrom).ThenBy(x => x.p.Title).ThenBy(x => x.i.SortOrder)
            .Select(x => new BenefitItemOption(x.i.Id, x.i.Name, x.i.Type, x.p.Id, x.p.Title, x.p.Level, x.p.State))
            .ToListAsync(api.Ct));

    public static async Task<Ok<Paged<PolicySummary>>> ListPolicies([AsParameters] PolicyQuery q, [AsParameters] ApiServices api)
    {
        var query = api.Db.Policies.AsNoTracking();
        if (q.State is { } state) query = query.Where(p => p.State == state);
        if (q.Level is { } level) query = query.Where(p => p.Level == level);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            query = query.Where(p => p.Title.Contains(s) || (p.DocumentNo != null && p.DocumentNo.Contains(s)) || p.IssuingBody.Contains(s));
        }
        var keys = query.SortKeys(("title", p => p.Title), ("inForceFrom", p => p.InForceFrom), ("level", p => p.Level), ("state", p => p.State),
            ("publishedOn", p => p.PublishedOn));
        return TypedResults.Ok(await query.SortBy(q.Sort, q.Desc ?? true, keys, "inForceFrom", p => p.Id)
            .Select(p => new PolicySummary(p.Id, p.Title, p.DocumentNo, p.IssuingBody, p.Level, p.InForceFrom, p.InForceUntil, p.State, p.PublishedOn,
                p.Items.Count, p.Version))
            .ToPagedAsync(q, api.Ct));
    }

    public static async Task<Results<Ok<PolicyStatistics>, ValidationProblem>> GetPolicyStatistics(int? year, [AsParameters] ApiServices api)
    {
        var today = api.Clock.Today();
        if (year is { } y && (y < 2000 || y > today.Year)) return Problems.Validation(new Errors().Add("year", "invalid_value"));
        return TypedResults.Ok(await PolicyStatisticsQuery.ComputeAsync(api.Db, null, year ?? today.Year, api.Ct));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportPolicyStatistics(int? year, [AsParameters] ApiServices api)
    {
        var today = api.Clock.Today();
        if (year is { } y && (y < 2000 || y > today.Year)) return Problems.Validation(new Errors().Add("year", "invalid_value"));
        var s = await PolicyStatisticsQuery.ComputeAsync(api.Db, null, year ?? today.Year, api.Ct);
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[]
            {
                Text.Get("report.policies"), s.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Enterprises, s.Payments, s.Paid,
            },
        };
        void Add(string group, IEnumerable<PolicyStatRow> items, Func<PolicyStatRow, string> label) =>
            rows.AddRange(items.Select(r => (IReadOnlyList<object?>)[Text.Get(group), label(r), r.Enterprises, r.Payments, r.Amount]));
        Add("report.policiesLevel", s.ByLevel, r => Text.Get($"report.policyLevel.{r.Key}"));
        Add("report.policiesType", s.ByType, r => Text.Get($"report.benefitType.{r.Key}"));
        Add("report.policiesPark", s.ByPark, r => r.Label ?? r.Key);
        Add("report.policiesYear", s.ByYear, r => r.Key);
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, Text.Get("report.policies"), [Text.Get("report.policiesBreakdown"), Text.Get("report.policiesItem"),
            Text.Get("report.policiesBenefited"), Text.Get("report.policiesPayments"), Text.Get("unit.tenThousandYuan")], rows);
        return TypedResults.File(stream.ToArray(), XlsxWriter.ContentType, $"{Text.Get("report.policies")}{s.Year}.xlsx");
    }

    public static async Task<Results<Ok<PolicyDetail>, ProblemHttpResult>> GetPolicy(Guid id, [AsParameters] ApiServices api) =>
        await FindAsync(api.Db, id, api.Ct) is { } p ? TypedResults.Ok(p) : Problems.NotFound();

    public static async Task<Results<Created<PolicyDetail>, ValidationProblem, ProblemHttpResult>> CreatePolicy(PolicyInput input,
        [AsParameters] ApiServices api)
    {
        var zone = await ZoneSelection.ResolveAsync(api.Db, input.ZoneId, api.Ct);
        var errors = await ValidateAsync(api.Db, input, zone, api.Ct);
        if (zone is null) errors.Add("zoneId", "not_found");
        if (errors.Any) return Problems.Validation(errors);
        var policy = new Policy { Id = Guid.CreateVersion7(), ZoneId = zone!.Value, Title = "", IssuingBody = "", State = PolicyState.Draft };
        Apply(policy, input);
        api.Db.Policies.Add(policy);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/policies/{policy.Id}", (await FindAsync(api.Db, policy.Id, api.Ct))!);
    }

    public static async Task<Results<Ok<PolicyDetail>, ValidationProblem, ProblemHttpResult>> UpdatePolicy(Guid id, PolicyInput input,
        [AsParameters] ApiServices api)
    {
        var policy = await api.Db.Policies.Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == id, api.Ct);
        if (policy is null) return Problems.NotFound();
        var errors = await ValidateAsync(api.Db, input, policy.ZoneId, api.Ct);
        if (input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        if (policy.State != PolicyState.Draft) return Problems.Conflict("policy_not_draft", new { CurrentState = policy.State });
        api.Db.ExpectVersion(policy, input.Version!.Value);
        api.Db.BenefitItems.RemoveRange(policy.Items);
        policy.Items.Clear();
        Apply(policy, input);
        // Replacing only the items still moves the policy's version, so a concurrent edit of the items is caught too.
        api.Db.Entry(policy).Property(p => p.Title).IsModified = true;
        return await api.Db.SaveOrConflictAsync(() => FindAsync(api.Db, id, api.Ct), api.Ct);
    }

    public static async Task<Results<Ok<PolicyDetail>, ValidationProblem, ProblemHttpResult>> PublishPolicy(Guid id, VersionInput input,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (input.Version is null) return Problems.Validation(new Errors().Add("version", "required"));
        var policy = await db.Policies.Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (policy is null) return Problems.NotFound();
        if (policy.State != PolicyState.Draft) return Problems.Conflict("policy_not_draft", new { CurrentState = policy.State });
        if (policy.Items.Count == 0) return Problems.Conflict("policy_no_items");
        var today = api.Clock.Today();
        db.ExpectVersion(policy, input.Version.Value);
        policy.State = PolicyState.Published;
        policy.PublishedOn = today;
        if (policy.IsInForce(today)) await NotifyMatchedAsync(db, policy, today, ct);
        return await db.SaveOrConflictAsync(() => FindAsync(db, id, ct), ct);
    }

    public static async Task<Results<Ok<PolicyDetail>, ValidationProblem, ProblemHttpResult>> WithdrawPolicy(Guid id, VersionInput input,
        [AsParameters] ApiServices api)
    {
        if (input.Version is null) return Problems.Validation(new Errors().Add("version", "required"));
        var policy = await api.Db.Policies.FirstOrDefaultAsync(p => p.Id == id, api.Ct);
        if (policy is null) return Problems.NotFound();
        if (policy.State != PolicyState.Published) return Problems.Conflict("policy_not_published", new { CurrentState = policy.State });
        api.Db.ExpectVersion(policy, input.Version.Value);
        policy.State = PolicyState.Withdrawn;
        return await api.Db.SaveOrConflictAsync(() => FindAsync(api.Db, id, api.Ct), api.Ct);
    }

    public static async Task<Results<Ok<EnterpriseMatching>, ProblemHttpResult>> MatchEnterprisePolicies(Guid enterpriseId,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var today = api.Clock.Today();
        var enterprise = (await PolicyMatching.LoadAsync(db, db.Enterprises.Where(e => e.Id == enterpriseId), today, ct)).SingleOrDefault();
        if (enterprise is null) return Problems.NotFound();
        var policies = await db.Policies.AsNoTracking().Include(p => p.Items)
            .Where(p => p.ZoneId == enterprise.Enterprise.ZoneId && p.State == PolicyState.Published && p.InForceFrom <= today
                && (p.InForceUntil == null || p.InForceUntil >= today))
            .ToListAsync(ct);
        var applications = await db.BenefitApplications.AsNoTracking().Where(a => a.EnterpriseId == enterpriseId).ToListAsync(ct);
        var qualifies = new List<BenefitMatch>();
        var nearly = new List<BenefitMatch>();
        foreach (var policy in policies.OrderByDescending(p => p.InForceFrom))
            foreach (var item in policy.Items.OrderBy(i => i.SortOrder))
            {
                var mine = applications.Where(a => a.ItemId == item.Id).OrderByDescending(a => a.AppliedOn).ThenByDescending(a => a.Id).ToList();
                var received = mine.Where(a => a.Status == ApplicationStatus.Paid).Sum(a => a.PaidAmount ?? 0);
                var last = mine.FirstOrDefault();
                var evaluation = PolicyMatching.Evaluate(item, enterprise, last?.Declared, received);
                var match = new BenefitMatch(policy.Id, policy.Title, policy.DocumentNo, policy.Level, item.Id, item.Name, item.Type, item.NoApplication,
                    evaluation.Verdict, evaluation.Amount, PolicyMatching.ExplainAmount(item, evaluation.Explanation), evaluation.Distance,
                    PolicyMatching.Explain(item, evaluation), last?.Id, last?.Status);
                if (evaluation.Qualifies || last is not null) qualifies.Add(match);
                else if (evaluation.Verdict is BenefitVerdict.NearMiss or BenefitVerdict.MissingData) nearly.Add(match);
            }
        return TypedResults.Ok(new EnterpriseMatching(enterprise.Enterprise.Id, enterprise.Enterprise.Name, today, qualifies,
            nearly.OrderBy(m => m.Distance ?? 1).ToList()));
    }

    public static async Task<Results<Ok<ItemMatching>, ProblemHttpResult>> MatchBenefitItem(Guid itemId, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var item = await db.BenefitItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Problems.NotFound();
        var policy = await db.Policies.AsNoTracking().FirstAsync(p => p.Id == item.PolicyId, ct);
        var today = api.Clock.Today();
        var rows = await QualifyingAsync(db, policy.ZoneId, item, today, ct);
        return TypedResults.Ok(new ItemMatching(item.Id, item.Name, today, rows.Count, rows.Sum(r => r.Amount ?? 0), item.Budget, item.Remaining, rows));
    }

    /// <summary>The active enterprises of the zone (in the caller's scope) that qualify for the item now, with their amounts.</summary>
    internal static async Task<List<ItemMatchRow>> QualifyingAsync(AppDbContext db, Guid zoneId, BenefitItem item, DateOnly today, CancellationToken ct)
    {
        var enterprises = await PolicyMatching.LoadAsync(db,
            db.Enterprises.Where(e => e.ZoneId == zoneId && e.Status == EnterpriseStatus.Active).OrderBy(e => e.Id), today, ct);
        var received = await PolicyMatching.ReceivedAsync(db, item.Id, ct);
        var rows = new List<ItemMatchRow>();
        // The item read once; the explained evaluation only for the enterprises that qualify (bench/README.md: 政策计算器 at scale).
        var matcher = BenefitMatcher.For(item);
        foreach (var e in enterprises)
        {
            var facts = PolicyMatching.Facts(e, null, received.GetValueOrDefault(e.Enterprise.Id));
            if (!matcher.Qualifies(facts)) continue;
            var r = BenefitEvaluator.Evaluate(item, facts);
            if (r.Qualifies && r.Amount > 0)
                rows.Add(new ItemMatchRow(e.Enterprise.Id, e.Enterprise.Name, e.Enterprise.ParkId, r.Verdict, r.Amount,
                    PolicyMatching.ExplainAmount(item, r.Explanation)));
        }
        return rows.OrderBy(r => r.EnterpriseName, StringComparer.Ordinal).ToList();
    }

    /// <summary>政策推送: the users of every enterprise that qualifies for one of the policy's items get an in-app notification.</summary>
    private static async Task NotifyMatchedAsync(AppDbContext db, Policy policy, DateOnly today, CancellationToken ct)
    {
        var matched = new HashSet<Guid>();
        foreach (var item in policy.Items)
            matched.UnionWith((await QualifyingAsync(db, policy.ZoneId, item, today, ct)).Select(r => r.EnterpriseId));
        if (matched.Count == 0) return;
        var users = new List<Guid>();
        foreach (var chunk in matched.Chunk(500))
            users.AddRange(await db.Users.Where(u => u.EnterpriseId != null && chunk.Contains(u.EnterpriseId.Value)).Select(u => u.Id).ToListAsync(ct));
        db.Notify(users, Text.Get("policy.pushed", policy.Title), null, "/policies/mine");
    }

    internal static async Task<PolicyDetail?> FindAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        var p = await db.Policies.AsNoTracking().Include(x => x.Items).FirstOrDefaultAsync(x => x.Id == id, ct);
        return p is null ? null : new PolicyDetail(p.Id, p.ZoneId, p.Title, p.DocumentNo, p.IssuingBody, p.Level, p.InForceFrom, p.InForceUntil, p.Text,
            p.Url, p.State, p.PublishedOn,
            p.Items.OrderBy(i => i.SortOrder).Select(i => new BenefitItemView(i.Id, i.Name, i.Type, i.Rule, i.PerEnterpriseLimit, i.Budget, i.Paid,
                i.Remaining, i.NoApplication, i.Conditions)).ToList(), p.Version);
    }

    private static void Apply(Policy policy, PolicyInput input)
    {
        policy.Title = input.Title!.Trim();
        policy.DocumentNo = Blank(input.DocumentNo);
        policy.IssuingBody = input.IssuingBody!.Trim();
        policy.Level = input.Level!.Value;
        policy.InForceFrom = input.InForceFrom!.Value;
        policy.InForceUntil = input.InForceUntil;
        policy.Text = Blank(input.Text);
        policy.Url = Blank(input.Url);
        foreach (var (i, item) in input.Items!.Index())
            policy.Items.Add(new BenefitItem
            {
                Id = Guid.CreateVersion7(), PolicyId = policy.Id, Name = item!.Name!.Trim(), Type = item.Type!.Value, Rule = Rule(item.Rule!),
                PerEnterpriseLimit = item.PerEnterpriseLimit, Budget = item.Budget, NoApplication = item.NoApplication ?? false,
                Conditions = item.Conditions?.Select(Condition).ToList() ?? [], SortOrder = i,
            });
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static AmountRule Rule(AmountRuleInput r) => new(r.Kind!.Value, r.Fixed, r.Figure, r.Rate, r.Cap,
        r.Tiers?.Select(t => new AmountTier(t!.From!.Value, t.Amount!.Value)).OrderBy(t => t.From).ToList());

    private static BenefitCondition Condition(ConditionInput c) =>
        new(c.Kind!.Value, c.Title, c.Figure, c.Value, c.From, c.To, c.ParkId, Blank(c.Chain), Blank(c.Text), c.Year, Blank(c.SizeClass));

    private static async Task<Errors> ValidateAsync(AppDbContext db, PolicyInput input, Guid? zone, CancellationToken ct)
    {
        var errors = new Errors().Required("title", input.Title).MaxLength("title", input.Title, 200)
            .MaxLength("documentNo", input.DocumentNo, 100).Required("issuingBody", input.IssuingBody).MaxLength("issuingBody", input.IssuingBody, 100)
            .MaxLength("text", input.Text, 20000).MaxLength("url", input.Url, 500);
        if (input.Level is null) errors.Add("level", "required");
        if (input.InForceFrom is null) errors.Add("inForceFrom", "required");
        if (input.InForceFrom is { } from && input.InForceUntil is { } until && until < from) errors.Add("inForceUntil", "to_before_from");
        if (input.Url is { Length: > 0 } url && !(Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
            errors.Add("url", "invalid_value");
        if (input.Items is not { Count: > 0 }) errors.Add("items", "required");
        else if (input.Items.Count > 50) errors.Add("items", "policy_too_many", 50);
        else
        {
            var parks = zone is { } z ? await db.Parks.Where(p => p.ZoneId == z).Select(p => p.Id).ToListAsync(ct) : [];
            foreach (var (i, item) in input.Items.Index()) ValidateItem(errors, $"items[{i}]", item, parks);
        }
        return errors;
    }

    private static void ValidateItem(Errors errors, string at, BenefitItemInput? item, List<Guid> parks)
    {
        if (item is null) { errors.Add(at, "required"); return; }
        errors.Required($"{at}.name", item.Name).MaxLength($"{at}.name", item.Name, 200);
        if (item.Type is null) errors.Add($"{at}.type", "required");
        if (item.PerEnterpriseLimit is not null) errors.PositiveAmount($"{at}.perEnterpriseLimit", item.PerEnterpriseLimit);
        if (item.Budget is not null) errors.PositiveAmount($"{at}.budget", item.Budget);
        if (item.Rule is not { } rule) errors.Add($"{at}.rule", "required");
        else if (rule.Kind is null) errors.Add($"{at}.rule.kind", "required");
        else
        {
            errors.Amount($"{at}.rule.fixed", rule.Fixed).Amount($"{at}.rule.cap", rule.Cap);
            if (rule.Tiers is { Count: > 20 }) errors.Add($"{at}.rule.tiers", "policy_too_many", 20);
            else if (rule.Tiers?.Any(t => t?.From is null || t.Amount is null) == true) errors.Add($"{at}.rule.tiers", "required");
            else
            {
                foreach (var t in rule.Tiers ?? []) errors.Amount($"{at}.rule.tiers", t!.From).Amount($"{at}.rule.tiers", t.Amount);
                if (!errors.Any && Rule(rule).Problem() is { } p) errors.Add($"{at}.rule.{p.Field}", p.Error);
            }
        }
        if (item.Conditions is { Count: > 20 }) { errors.Add($"{at}.conditions", "policy_too_many", 20); return; }
        foreach (var (j, c) in (item.Conditions ?? []).Index())
        {
            var cat = $"{at}.conditions[{j}]";
            if (c?.Kind is null) { errors.Add($"{cat}.kind", "required"); continue; }
            errors.MaxLength($"{cat}.chain", c.Chain, 100).MaxLength($"{cat}.text", c.Text, 500).Amount($"{cat}.value", c.Value is < 0 && c.Kind ==
                ConditionKind.GrowthAtLeast ? null : c.Value);
            if (c.Kind == ConditionKind.GrowthAtLeast && c.Value is < -1 or > 100) errors.Add($"{cat}.value", "invalid_value");
            if (c.Kind == ConditionKind.InPark && c.ParkId is { } park && !parks.Contains(park)) errors.Add($"{cat}.parkId", "unknown_park");
            if (Condition(c).Problem() is { } p) errors.Add($"{cat}.{p.Field}", p.Error);
        }
    }
}
