using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Policies;
using Torchbase.Features.Notifications;
using Torchbase.Localization;

namespace Torchbase.Features.Policies;

/// <summary>
/// 政策推送 on an enterprise's facts changing (a yearly report accepted, a title granted): the published items in force that it
/// qualifies for after the change and did not before each send its users one notification. Called before the change is saved, with
/// the change applied to the facts in memory, so the notifications go out in the same SaveChanges as the change itself.
/// </summary>
public static class PolicyPush
{
    public static async Task NotifyNewlyMatchedAsync(AppDbContext db, Guid enterpriseId, DateOnly today, Func<EnterpriseFacts, EnterpriseFacts> change,
        CancellationToken ct)
    {
        var before = (await PolicyMatching.LoadAsync(db, db.Enterprises.Where(e => e.Id == enterpriseId), today, ct)).SingleOrDefault();
        if (before is null) return;
        var policies = await db.Policies.AsNoTracking().Include(p => p.Items)
            .Where(p => p.ZoneId == before.Enterprise.ZoneId && p.State == PolicyState.Published && p.InForceFrom <= today
                && (p.InForceUntil == null || p.InForceUntil >= today))
            .ToListAsync(ct);
        if (policies.Count == 0) return;
        var after = before with { Enterprise = before.Enterprise with { Facts = change(before.Enterprise.Facts) } };
        var received = (await db.BenefitApplications.AsNoTracking()
                .Where(a => a.EnterpriseId == enterpriseId && a.Status == ApplicationStatus.Paid).Select(a => new { a.ItemId, a.PaidAmount }).ToListAsync(ct))
            .GroupBy(a => a.ItemId).ToDictionary(g => g.Key, g => g.Sum(a => a.PaidAmount ?? 0));
        var newly = new List<(Policy Policy, BenefitItem Item)>();
        foreach (var policy in policies.OrderBy(p => p.InForceFrom))
            foreach (var item in policy.Items.OrderBy(i => i.SortOrder))
            {
                var got = received.GetValueOrDefault(item.Id);
                if (!Matches(PolicyMatching.Evaluate(item, before, null, got)) && Matches(PolicyMatching.Evaluate(item, after, null, got)))
                    newly.Add((policy, item));
            }
        if (newly.Count == 0) return;
        var users = await db.Users.Where(u => u.EnterpriseId == enterpriseId).Select(u => u.Id).ToListAsync(ct);
        foreach (var (policy, item) in newly)
            db.Notify(users, Text.Get("policy.pushedItem", policy.Title, item.Name), null, "/policies/mine");
    }

    private static bool Matches(BenefitEvaluation e) => e.Qualifies && e.Amount > 0;
}
