using System.Linq.Expressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Finance;
using Torchbase.Domain.Policies;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Finance;

internal static class FinanceSupport
{
    /// <summary>The supermarket's shelves are open to the bureau, the banks and the enterprises alike.</summary>
    public static readonly AuthorizationPolicy AnyFinanceRole = new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
        .RequireRole(new[] { Permissions.FinanceRead, Permissions.FinanceBank, Permissions.FinanceApply }
            .SelectMany(Permissions.RolesWith).Distinct().Select(r => r.ToString()))
        .Build();

    /// <summary>
    /// A voucher or fund names the benefit item it pays: an item of a policy the bureau published (or later withdrew, so the record
    /// stays true) in the enterprise's zone. A draft's items are replaced on every edit and cannot be named.
    /// </summary>
    public static async Task CheckPolicyItemAsync(AppDbContext db, Errors errors, Guid? itemId, Guid? zoneId, CancellationToken ct)
    {
        if (itemId is not { } id) return;
        var known = await db.BenefitItems.Where(i => i.Id == id)
            .Join(db.Policies, i => i.PolicyId, p => p.Id, (i, p) => p)
            .AnyAsync(p => p.State != PolicyState.Draft && (zoneId == null || p.ZoneId == zoneId), ct);
        if (!known) errors.Add("policyItemId", "policy_unknown_item");
    }

    /// <summary>An enterprise's latest points and grade (newest year, newest set version) and its titles valid today.</summary>
    public static async Task<FinancingProfile> ProfileAsync(AppDbContext db, Guid enterpriseId, DateOnly today, CancellationToken ct)
    {
        var score = await db.EnterpriseScores.AsNoTracking().Where(s => s.EnterpriseId == enterpriseId)
            .OrderByDescending(s => s.Year).ThenByDescending(s => s.SetNumber).Select(s => new { s.Total, s.Grade }).FirstOrDefaultAsync(ct);
        var held = await db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId)
            .SelectMany(e => e.Qualifications.Where(q => q.IssuedOn <= today && (q.ExpiresOn == null || q.ExpiresOn >= today)).Select(q => q.Type))
            .ToListAsync(ct);
        return new FinancingProfile(score?.Total, score?.Grade, held.ToHashSet());
    }
}
