using System.Globalization;
using Torchbase.Domain.Talent;

namespace Torchbase.Domain.Tests.Talent;

public class TechContractRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(100, 100, "2026-03-01", "2026-03-10", null, null)] // technology part may equal the whole
    [InlineData(100, 0, "2026-03-01", "2026-03-01", null, null)]
    [InlineData(100, 100.01, "2026-03-01", "2026-03-10", "techTransactionWan", "tech_exceeds_amount")]
    [InlineData(0, 0, "2026-03-01", "2026-03-10", "amountWan", "must_be_positive")]
    [InlineData(100, -1, "2026-03-01", "2026-03-10", "techTransactionWan", "not_negative")]
    [InlineData(100, 50, "2026-03-10", "2026-03-09", "registeredOn", "registered_before_signed")]
    [InlineData(100, 50, "2026-03-10", "2026-11-24", "registeredOn", "future_date")]
    public void Amounts_and_dates(double amount, double tech, string signed, string registered, string? field, string? code)
    {
        var inv = CultureInfo.InvariantCulture;
        var errors = TechContractRules.Check((decimal)amount, (decimal)tech, DateOnly.Parse(signed, inv), DateOnly.Parse(registered, inv), "甲", "乙", Today);
        if (field is null) Assert.Empty(errors);
        else Assert.Equal([(field, code!)], errors);
    }

    [Fact]
    public void Missing_values_are_each_named()
    {
        var errors = TechContractRules.Check(null, null, null, null, "甲", "乙", Today);
        Assert.Equal(["amountWan", "techTransactionWan", "signedOn", "registeredOn"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Seller_and_buyer_must_differ() =>
        Assert.Contains(("buyer", "same_party"), TechContractRules.Check(10, 5, Today, Today, "平顶山学院", " 平顶山学院 ", Today));
}
