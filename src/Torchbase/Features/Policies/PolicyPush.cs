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
        var items = await ItemsInForceAsync(db, before.Enterprise.ZoneId, today, ct);
        if (items.Count == 0) return;
        var after = before with { Enterprise = before.Enterprise with { Facts = change(before.Enterprise.Facts) } };
        var received = await ReceivedAsync(db, [enterpriseId], ct);
        var newly = items.Where(x =>
        {
            var got = received.GetValueOrDefault((enterpriseId, x.Item.Id));
            return !Matches(x.Item, before, got) && Matches(x.Item, after, got);
        }).ToList();
        await NotifyAsync(db, newly.Select(x => (enterpriseId, x.Policy, x.Item)), ct);
    }

    /// <summary>
    /// What the given enterprises match now, read before a bulk change (an import of yearly reports or titles) is saved; after it
    /// is saved, in the same transaction, <see cref="NotifyNewlyMatchedAsync(AppDbContext, MatchSnapshot, CancellationToken)"/>
    /// reads them again and tells each enterprise of the items it newly matches. Null when the zone has no item in force.
    /// </summary>
    public static async Task<MatchSnapshot?> SnapshotAsync(AppDbContext db, Guid zoneId, IReadOnlyCollection<Guid> enterpriseIds, DateOnly today,
        CancellationToken ct)
    {
        var items = await ItemsInForceAsync(db, zoneId, today, ct);
        if (items.Count == 0 || enterpriseIds.Count == 0) return null;
        var snapshot = new MatchSnapshot(items, enterpriseIds.ToList(), today);
        snapshot.Matched.UnionWith(await MatchedAsync(db, snapshot, ct));
        return snapshot;
    }

    public static async Task NotifyNewlyMatchedAsync(AppDbContext db, MatchSnapshot? before, CancellationToken ct)
    {
        if (before is null) return;
        var newly = (await MatchedAsync(db, before, ct)).Where(m => !before.Matched.Contains(m)).ToHashSet();
        await NotifyAsync(db, before.Items.SelectMany(x => before.Enterprises.Where(e => newly.Contains((e, x.Item.Id))).Select(e => (e, x.Policy, x.Item))),
            ct);
        if (newly.Count > 0) await db.SaveChangesAsync(ct);
    }

    /// <summary>The (enterprise, item) pairs that match, the enterprises read in chunks, each item compiled once (BenefitMatcher).</summary>
    private static async Task<List<(Guid Enterprise, Guid Item)>> MatchedAsync(AppDbContext db, MatchSnapshot s, CancellationToken ct)
    {
        var matchers = s.Items.Select(x => BenefitMatcher.For(x.Item)).ToList();
        var matched = new List<(Guid, Guid)>();
        foreach (var chunk in s.Enterprises.Chunk(1000))
        {
            var received = await ReceivedAsync(db, chunk, ct);
            foreach (var e in await PolicyMatching.LoadAsync(db, db.Enterprises.AsNoTracking().Where(x => chunk.Contains(x.Id)), s.Today, ct))
                foreach (var matcher in matchers)
                {
                    var got = received.GetValueOrDefault((e.Enterprise.Id, matcher.Item.Id));
                    if (matcher.Qualifies(PolicyMatching.Facts(e, null, got)) && Matches(matcher.Item, e, got)) matched.Add((e.Enterprise.Id, matcher.Item.Id));
                }
        }
        return matched;
    }

    /// <summary>The zone's published items in force, in the order the policies came into force.</summary>
    private static async Task<List<(Policy Policy, BenefitItem Item)>> ItemsInForceAsync(AppDbContext db, Guid zoneId, DateOnly today,
        CancellationToken ct)
    {
        var policies = await db.Policies.AsNoTracking().Include(p => p.Items)
            .Where(p => p.ZoneId == zoneId && p.State == PolicyState.Published && p.InForceFrom <= today
                && (p.InForceUntil == null || p.InForceUntil >= today))
            .ToListAsync(ct);
        return policies.OrderBy(p => p.InForceFrom).SelectMany(p => p.Items.OrderBy(i => i.SortOrder).Select(i => (p, i))).ToList();
    }

    /// <summary>Paid so far per enterprise and item (against the per-enterprise limit).</summary>
    private static async Task<Dictionary<(Guid, Guid), decimal>> ReceivedAsync(AppDbContext db, IReadOnlyCollection<Guid> enterpriseIds,
        CancellationToken ct) =>
        (await db.BenefitApplications.AsNoTracking()
            .Where(a => enterpriseIds.Contains(a.EnterpriseId) && a.Status == ApplicationStatus.Paid)
            .Select(a => new { a.EnterpriseId, a.ItemId, a.PaidAmount }).ToListAsync(ct))
        .GroupBy(a => (a.EnterpriseId, a.ItemId)).ToDictionary(g => g.Key, g => g.Sum(a => a.PaidAmount ?? 0));

    private static async Task NotifyAsync(AppDbContext db, IEnumerable<(Guid Enterprise, Policy Policy, BenefitItem Item)> newly, CancellationToken ct)
    {
        var list = newly.ToList();
        if (list.Count == 0) return;
        var enterprises = list.Select(n => n.Enterprise).Distinct().ToList();
        var users = (await db.Users.Where(u => u.EnterpriseId != null && enterprises.Contains(u.EnterpriseId.Value))
                .Select(u => new { u.Id, EnterpriseId = u.EnterpriseId!.Value }).ToListAsync(ct))
            .ToLookup(u => u.EnterpriseId, u => u.Id);
        foreach (var (enterprise, policy, item) in list)
            db.Notify(users[enterprise], Text.Get("policy.pushedItem", policy.Title, item.Name), null, "/policies/mine");
    }

    private static bool Matches(BenefitItem item, MatchedEnterprise e, decimal received) =>
        PolicyMatching.Evaluate(item, e, null, received) is { Qualifies: true, Amount: > 0 };
}

/// <summary>The items in force and the (enterprise, item) pairs that matched before a bulk change.</summary>
public sealed record MatchSnapshot(IReadOnlyList<(Policy Policy, BenefitItem Item)> Items, IReadOnlyList<Guid> Enterprises, DateOnly Today)
{
    public HashSet<(Guid Enterprise, Guid Item)> Matched { get; } = [];
}
