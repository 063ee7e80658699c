using Torchbase.Domain.Policies;

namespace Torchbase.Domain.Tests.Policies;

public class PolicyPaymentsTests
{
    private static readonly Guid A = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Item1 = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Item2 = new("00000000-0000-0000-0000-000000000002");

    private static PolicyPayment P(PaymentSource source, Guid enterprise, Guid item, int year, decimal amount) =>
        new(source, Guid.NewGuid(), enterprise, item, year, amount);

    public static TheoryData<string, PolicyPayment[], int, decimal> Cases => new()
    {
        // A payout and a voucher of the same item to the same enterprise in the same year are one payment: the payout counts.
        { "payout and voucher of one payment", [P(PaymentSource.Benefit, A, Item1, 2026, 10), P(PaymentSource.Voucher, A, Item1, 2026, 10)], 1, 10 },
        { "payout and fund of one payment", [P(PaymentSource.Fund, A, Item1, 2026, 30), P(PaymentSource.Benefit, A, Item1, 2026, 30)], 1, 30 },
        { "payout, voucher and fund of one payment",
            [P(PaymentSource.Benefit, A, Item1, 2026, 5), P(PaymentSource.Voucher, A, Item1, 2026, 5), P(PaymentSource.Fund, A, Item1, 2026, 5)], 1, 5 },
        // Different enterprise, item or year: separate payments.
        { "another enterprise", [P(PaymentSource.Benefit, A, Item1, 2026, 10), P(PaymentSource.Voucher, B, Item1, 2026, 4)], 2, 14 },
        { "another item", [P(PaymentSource.Benefit, A, Item1, 2026, 10), P(PaymentSource.Voucher, A, Item2, 2026, 4)], 2, 14 },
        { "another year", [P(PaymentSource.Benefit, A, Item1, 2025, 10), P(PaymentSource.Fund, A, Item1, 2026, 4)], 2, 14 },
        // Linked records without a payout each count; two payouts each count.
        { "vouchers alone", [P(PaymentSource.Voucher, A, Item1, 2026, 3), P(PaymentSource.Voucher, A, Item1, 2026, 2)], 2, 5 },
        { "two payouts", [P(PaymentSource.Benefit, A, Item1, 2026, 3), P(PaymentSource.Benefit, A, Item1, 2026, 2)], 2, 5 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_payment_counts_once(string name, PolicyPayment[] payments, int count, decimal amount)
    {
        var counted = PolicyPayments.CountOnce(payments);
        Assert.True(counted.Count == count, name);
        Assert.Equal(amount, counted.Sum(p => p.Amount));
    }
}
