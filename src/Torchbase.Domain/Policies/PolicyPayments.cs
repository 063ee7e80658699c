namespace Torchbase.Domain.Policies;

/// <summary>Where a payment of a benefit item was recorded: a benefit payout (兑现), a redeemed innovation voucher, a secured policy fund.</summary>
public enum PaymentSource { Benefit, Voucher, Fund }

/// <summary>One recorded payment of a benefit item to an enterprise in a year (万元).</summary>
public sealed record PolicyPayment(PaymentSource Source, Guid RecordId, Guid EnterpriseId, Guid ItemId, int Year, decimal Amount);

/// <summary>
/// The policy statistics count each payment once. A voucher or fund record linked to a benefit item is the finance desk's record of
/// a payment of that item; when the same enterprise was also paid that item through a benefit payout in the same year, the two
/// records are one payment and the benefit payout is the one counted. A linked record with no such payout is a payment of its own.
/// </summary>
public static class PolicyPayments
{
    public static IReadOnlyList<PolicyPayment> CountOnce(IEnumerable<PolicyPayment> payments) => CountOnce(payments, p => p);

    /// <summary>The rows whose payments count, in their order; <paramref name="payment"/> reads a row's payment.</summary>
    public static IReadOnlyList<T> CountOnce<T>(IEnumerable<T> rows, Func<T, PolicyPayment> payment)
    {
        var all = rows.Select(r => (Row: r, Payment: payment(r))).ToList();
        var paidOut = all.Where(x => x.Payment.Source == PaymentSource.Benefit)
            .Select(x => (x.Payment.EnterpriseId, x.Payment.ItemId, x.Payment.Year)).ToHashSet();
        return all.Where(x => x.Payment.Source == PaymentSource.Benefit || !paidOut.Contains((x.Payment.EnterpriseId, x.Payment.ItemId, x.Payment.Year)))
            .Select(x => x.Row).ToList();
    }
}
