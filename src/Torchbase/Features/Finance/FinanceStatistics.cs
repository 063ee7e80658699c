using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Finance;

namespace Torchbase.Features.Finance;

/// <summary>The supermarket's figures for the caller's scope (a bank sees its own business). Sums go through double for SQLite.</summary>
public static class FinanceStatistics
{
    public static async Task<FinanceStats> ComputeAsync(AppDbContext db, CancellationToken ct)
    {
        var granted = new[] { FinancingStatus.Approved, FinancingStatus.Disbursed };
        var requests = db.FinancingRequests.AsNoTracking();
        var byBank = await requests.Where(r => r.DisbursedAmount != null)
            .GroupBy(r => r.BankId).Select(g => new { g.Key, Count = g.Count(), Amount = g.Sum(r => (double)r.DisbursedAmount!.Value) }).ToListAsync(ct);
        var bankNames = await db.Banks.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var pointsLoans = await requests.Where(r => r.DisbursedAmount != null)
            .Join(db.FinancialProducts.Where(p => p.Kind == FinancialProductKind.PointsLoan), r => r.ProductId, p => p.Id,
                (r, _) => (double)r.DisbursedAmount!.Value)
            .SumAsync(ct);
        var vouchers = db.VoucherApplications.AsNoTracking().Where(v => v.ApprovedAmount != null);
        var funds = db.PolicyFundApplications.AsNoTracking().Where(f => f.Status == FundStatus.Approved);
        return new FinanceStats(
            await db.FinancialProducts.CountAsync(p => p.Active, ct),
            await requests.CountAsync(ct),
            (decimal)await requests.Where(r => granted.Contains(r.Status)).SumAsync(r => (double)(r.OfferedAmount ?? 0), ct),
            (decimal)byBank.Sum(b => b.Amount),
            (decimal)pointsLoans,
            byBank.OrderByDescending(b => b.Amount)
                .Select(b => new AmountByKey(bankNames.GetValueOrDefault(b.Key, "?"), b.Count, (decimal)Math.Round(b.Amount, 2))).ToList(),
            await vouchers.Select(v => v.EnterpriseId).Distinct().CountAsync(ct),
            (decimal)await vouchers.SumAsync(v => (double)v.ApprovedAmount!.Value, ct),
            (decimal)await vouchers.SumAsync(v => (double)(v.RedeemedAmount ?? 0), ct),
            (decimal)await funds.SumAsync(f => (double)(f.SecuredAmount ?? 0), ct),
            await funds.CountAsync(ct));
    }
}
