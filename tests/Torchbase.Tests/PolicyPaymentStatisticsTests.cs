using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Finance;

namespace Torchbase.Tests;

/// <summary>
/// Vouchers and policy funds linked to a benefit item: the policy statistics count a payment recorded both as a benefit payout and
/// as a linked voucher once, and a linked fund with no payout as a payment of its own. A host of its own: the year is the demo's.
/// </summary>
public class PolicyPaymentStatisticsTests(TorchbaseFactory host) : IClassFixture<TorchbaseFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Date);

    private static (int Payments, decimal Paid, int Enterprises, decimal VoucherType, int VoucherTypePayments) Figures(JsonElement s)
    {
        var type = s.GetProperty("byType").EnumerateArray().Where(r => r.GetProperty("key").GetString() == "InnovationVoucher").ToList();
        return (s.GetProperty("payments").GetInt32(), s.GetProperty("paid").GetDecimal(), s.GetProperty("enterprises").GetInt32(),
            type.Sum(r => r.GetProperty("amount").GetDecimal()), type.Sum(r => r.GetProperty("payments").GetInt32()));
    }

    [Fact]
    public async Task A_payout_also_recorded_as_a_linked_voucher_counts_once_and_a_linked_fund_counts_as_its_own_payment()
    {
        var bureau = await host.SignInAsync("bureau");
        var enterprise = await host.SignInAsync("ent1");
        var me = await enterprise.GetJsonAsync<JsonElement>("/api/auth/me");
        var ent1 = Guid.Parse(me.GetProperty("enterpriseId").GetString()!);
        var parkId = await host.AsSystemAsync(db => db.Enterprises.Where(e => e.Id == ent1).Select(e => e.ParkId).SingleAsync());
        var year = Today.Year;
        // Another enterprise of the park that was paid nothing this year.
        var other = await host.AsSystemAsync(db => db.Enterprises.Where(e => e.ParkId == parkId && e.Id != ent1
                && !db.BenefitApplications.Any(a => a.EnterpriseId == e.Id && a.PaidOn != null && a.PaidOn.Value.Year == year))
            .Select(e => e.Id).FirstAsync());

        var created = await HostReads.OkJson(await bureau.PostAsJsonAsync("/api/policies", new
        {
            title = $"科技创新券兑现 {Guid.NewGuid():N}", issuingBody = "高新区管委会", level = "District", inForceFrom = $"{year}-01-01",
            items = new[] { new { name = "创新券", type = "InnovationVoucher", rule = new { kind = "Fixed", @fixed = 4 }, noApplication = true,
                conditions = new object[] { new { kind = "InPark", parkId } } } },
        }));
        var policyId = created.GetProperty("id").GetString();
        var itemId = created.GetProperty("items")[0].GetProperty("id").GetGuid();

        // A draft's items are replaced on every edit: a voucher cannot name one.
        var provider = (await bureau.GetJsonAsync<JsonElement>("/api/finance/providers")).EnumerateArray()
            .First(p => p.GetProperty("active").GetBoolean()).GetProperty("id").GetGuid();
        var draftLink = await enterprise.PostAsJsonAsync("/api/finance/vouchers",
            new { providerId = provider, service = "检测", contractAmount = 20, requestedAmount = 4, policyItemId = itemId });
        Assert.Equal(HttpStatusCode.BadRequest, draftLink.StatusCode);
        Assert.Contains("policyItemId", await draftLink.Content.ReadAsStringAsync());
        await HostReads.OkJson(await bureau.PostAsJsonAsync($"/api/policies/{policyId}/publish", new { version = 0 }));

        var before = Figures(await bureau.GetJsonAsync<JsonElement>($"/api/policies/statistics?year={year}"));

        // 1. The benefit payout.
        await HostReads.OkJson(await bureau.PostAsJsonAsync($"/api/policies/items/{itemId}/batch-payout",
            new { enterpriseIds = new[] { ent1 }, paidOn = Today }));
        var paidOut = Figures(await bureau.GetJsonAsync<JsonElement>($"/api/policies/statistics?year={year}"));
        Assert.Equal(before.Payments + 1, paidOut.Payments);
        Assert.Equal(before.Paid + 4, paidOut.Paid);

        // 2. The same payment recorded by the finance desk as a voucher of that item: applied, approved, redeemed.
        var already = await host.AsSystemAsync(db => db.VoucherApplications
            .Where(v => v.EnterpriseId == ent1 && v.Year == year && v.ApprovedAmount != null).SumAsync(v => (double)v.ApprovedAmount!.Value));
        Assert.True(VoucherPolicy.Current.CapPerEnterprisePerYear - (decimal)already >= 4, "ent1 has room for a voucher of 4 this year");
        var voucher = await HostReads.OkJson(await enterprise.PostAsJsonAsync("/api/finance/vouchers",
            new { providerId = provider, service = "检测", contractAmount = 20, requestedAmount = 4 }));
        var voucherId = voucher.GetProperty("id").GetString();
        var approved = await HostReads.OkJson(await bureau.PostAsJsonAsync($"/api/finance/vouchers/{voucherId}/review",
            new { approve = true, amount = 4, version = voucher.GetProperty("version").GetInt32(), policyItemId = itemId }));
        Assert.Equal(itemId, approved.GetProperty("policyItemId").GetGuid());
        Assert.Equal("创新券", approved.GetProperty("policyItemName").GetString());
        await HostReads.OkJson(await bureau.PostAsJsonAsync($"/api/finance/vouchers/{voucherId}/redeem",
            new { amount = 4, version = approved.GetProperty("version").GetInt32() }));
        var linked = await bureau.GetJsonAsync<JsonElement>($"/api/finance/vouchers?policyItemId={itemId}");
        Assert.Equal(1, linked.GetProperty("total").GetInt32());

        var withVoucher = Figures(await bureau.GetJsonAsync<JsonElement>($"/api/policies/statistics?year={year}"));
        Assert.Equal(paidOut, withVoucher);

        // 3. A fund secured against the item for another enterprise, with no payout: a payment of its own.
        var fund = await HostReads.OkJson(await bureau.PostAsJsonAsync("/api/finance/funds",
            new { enterpriseId = other, fundName = "省级创新券后补助", level = "Provincial", year, appliedAmount = 30, policyItemId = itemId }));
        Assert.Equal("创新券", fund.GetProperty("policyItemName").GetString());
        await HostReads.OkJson(await bureau.PostAsJsonAsync($"/api/finance/funds/{fund.GetProperty("id").GetString()}/decide",
            new { approved = true, securedAmount = 25, version = fund.GetProperty("version").GetInt32() }));
        var withFund = Figures(await bureau.GetJsonAsync<JsonElement>($"/api/policies/statistics?year={year}"));
        Assert.Equal(paidOut.Payments + 1, withFund.Payments);
        Assert.Equal(paidOut.Paid + 25, withFund.Paid);
        Assert.Equal(paidOut.Enterprises + 1, withFund.Enterprises);
        Assert.Equal(paidOut.VoucherType + 25, withFund.VoucherType);
        Assert.Equal(paidOut.VoucherTypePayments + 1, withFund.VoucherTypePayments);

        // An unknown item is refused next to its field.
        var unknown = await bureau.PostAsJsonAsync("/api/finance/funds",
            new { enterpriseId = other, fundName = "x", level = "Provincial", year, appliedAmount = 1, policyItemId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("policyItemId", await unknown.Content.ReadAsStringAsync());
    }
}
