using System.Net;
using System.Text.Json;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class FinanceApiTests(TorchbaseFactory host)
{
    private static object Product(string name, decimal max = 500, string? minGrade = null) => new
    {
        name, kind = "PointsLoan", description = "测试产品", minGrade, maxAmount = max, rateFrom = 3.5, rateTo = 4.2, maxTermMonths = 12,
    };

    private static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<(ApiClient Bank, ApiClient Enterprise, string EnterpriseId, string BankId)> ActorsAsync()
    {
        var bank = await host.SignInAsync("bank1");
        var enterprise = await host.SignInAsync("ent1");
        var me = await enterprise.GetJsonAsync<JsonElement>("/api/auth/me");
        var bankMe = await bank.GetJsonAsync<JsonElement>("/api/auth/me");
        return (bank, enterprise, me.GetProperty("enterpriseId").GetString()!, bankMe.GetProperty("bankId").GetString()!);
    }

    /// <summary>Runs a test that changes ent1's consent to bank1 and puts it back as it was: the host is shared with AccessTests.</summary>
    private async Task KeepingConsentAsync(Func<ApiClient, ApiClient, string, string, Task> test)
    {
        var (bank, enterprise, enterpriseId, bankId) = await ActorsAsync();
        var consents = await enterprise.GetJsonAsync<JsonElement>("/api/finance/consents");
        var granted = consents.EnumerateArray().Single(c => c.GetProperty("bankId").GetString() == bankId).GetProperty("granted").GetBoolean();
        try
        {
            await test(bank, enterprise, enterpriseId, bankId);
        }
        finally
        {
            if (granted) await enterprise.PutAsJsonAsync($"/api/finance/consents/{bankId}", new { });
            else await enterprise.DeleteAsync($"/api/finance/consents/{bankId}");
        }
    }

    [Fact]
    public Task A_bank_publishes_an_enterprise_consents_and_requests_the_bank_offers_approves_and_disburses() =>
        KeepingConsentAsync(async (bank, enterprise, ownId, bankId) =>
    {
        var product = await OkJson(await bank.PostAsJsonAsync("/api/finance/products", Product("测试积分贷 A")));
        var productId = product.GetProperty("id").GetString();

        // Having shared its data with the bank, the enterprise sees the product on the shelf with its eligibility.
        Assert.Equal(HttpStatusCode.NoContent, (await enterprise.PutAsJsonAsync($"/api/finance/consents/{bankId}", new { })).StatusCode);
        var shelf = await enterprise.GetJsonAsync<JsonElement>("/api/finance/products?search=测试积分贷 A");
        Assert.True(shelf.GetProperty("items")[0].GetProperty("eligibility").GetProperty("eligible").GetBoolean());

        var request = await OkJson(await enterprise.PostAsJsonAsync("/api/finance/requests", new { productId, amount = 300, termMonths = 12, purpose = "研发" }));
        var id = request.GetProperty("id").GetString();
        Assert.Equal("Submitted", request.GetProperty("status").GetString());

        // Disbursing before an offer and approval is not a step the request can take.
        Assert.Equal(HttpStatusCode.Conflict,
            (await bank.PostAsJsonAsync($"/api/finance/requests/{id}/disburse", new { amount = 300, version = 0 })).StatusCode);

        var offered = await OkJson(await bank.PostAsJsonAsync($"/api/finance/requests/{id}/offer",
            new { amount = 280, rate = 3.6, termMonths = 12, version = 0 }));
        Assert.Equal("Offered", offered.GetProperty("status").GetString());
        // A second offer on the version the bank first saw is a concurrent edit.
        Assert.Equal(HttpStatusCode.Conflict,
            (await bank.PostAsJsonAsync($"/api/finance/requests/{id}/offer", new { amount = 250, rate = 3.6, termMonths = 12, version = 0 })).StatusCode);
        var approved = await OkJson(await bank.PostAsJsonAsync($"/api/finance/requests/{id}/approve",
            new { version = offered.GetProperty("version").GetInt32() }));
        var over = await bank.PostAsJsonAsync($"/api/finance/requests/{id}/disburse",
            new { amount = 300, version = approved.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.True((await over.JsonAsync()).GetProperty("errors").TryGetProperty("amount", out _));
        var statsBefore = await bank.GetJsonAsync<JsonElement>("/api/finance/stats");
        var disbursed = await OkJson(await bank.PostAsJsonAsync($"/api/finance/requests/{id}/disburse",
            new { amount = 280, version = approved.GetProperty("version").GetInt32() }));
        Assert.Equal("Disbursed", disbursed.GetProperty("status").GetString());
        var statsAfter = await bank.GetJsonAsync<JsonElement>("/api/finance/stats");
        Assert.Equal(statsBefore.GetProperty("disbursed").GetDecimal() + 280, statsAfter.GetProperty("disbursed").GetDecimal());
        Assert.Equal(statsBefore.GetProperty("pointsLoanDisbursed").GetDecimal() + 280, statsAfter.GetProperty("pointsLoanDisbursed").GetDecimal());

        // The enterprise follows its request; the audit log has the steps.
        var mine = await enterprise.GetJsonAsync<JsonElement>($"/api/finance/requests?search=测试积分贷 A");
        Assert.Equal("Disbursed", mine.GetProperty("items")[0].GetProperty("status").GetString());
    });

    [Fact]
    public Task A_non_consenting_enterprise_never_appears_to_the_bank() => KeepingConsentAsync(async (bank, enterprise, enterpriseId, bankId) =>
    {
        var product = await OkJson(await bank.PostAsJsonAsync("/api/finance/products", Product("测试积分贷 B")));
        await enterprise.PutAsJsonAsync($"/api/finance/consents/{bankId}", new { });
        var request = await OkJson(await enterprise.PostAsJsonAsync("/api/finance/requests",
            new { productId = product.GetProperty("id").GetString(), amount = 100, termMonths = 6 }));
        var id = request.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await bank.GetAsync($"/api/enterprises/{enterpriseId}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await enterprise.DeleteAsync($"/api/finance/consents/{bankId}")).StatusCode);
        var consents = await enterprise.GetJsonAsync<JsonElement>("/api/finance/consents");
        Assert.False(consents.EnumerateArray().Single(c => c.GetProperty("bankId").GetString() == bankId).GetProperty("granted").GetBoolean());

        // Gone from every door: the enterprise, its points, its requests, and a step on its request.
        Assert.Equal(HttpStatusCode.NotFound, (await bank.GetAsync($"/api/enterprises/{enterpriseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bank.GetAsync($"/api/points/enterprises/{enterpriseId}")).StatusCode);
        var requests = await bank.GetJsonAsync<JsonElement>("/api/finance/requests?pageSize=200");
        Assert.DoesNotContain(requests.GetProperty("items").EnumerateArray(), r => r.GetProperty("enterpriseId").GetString() == enterpriseId);
        var enterprises = await bank.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=200");
        Assert.DoesNotContain(enterprises.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetString() == enterpriseId);
        Assert.Equal(HttpStatusCode.NotFound,
            (await bank.PostAsJsonAsync($"/api/finance/requests/{id}/offer", new { amount = 100, rate = 4, termMonths = 6, version = 0 })).StatusCode);

        // Without consent the shelf says so before the enterprise tries, naming the bank.
        var shelf = await enterprise.GetJsonAsync<JsonElement>("/api/finance/products?search=测试积分贷 B");
        var eligibility = shelf.GetProperty("items").EnumerateArray().Single().GetProperty("eligibility");
        Assert.False(eligibility.GetProperty("eligible").GetBoolean());
        var gap = eligibility.GetProperty("gaps").EnumerateArray().First();
        Assert.Equal("consent_required", gap.GetProperty("code").GetString());
        Assert.Equal(product.GetProperty("bankName").GetString(), gap.GetProperty("required").GetString());

        // And a new request is refused, and says why.
        var refused = await enterprise.PostAsJsonAsync("/api/finance/requests",
            new { productId = product.GetProperty("id").GetString(), amount = 100, termMonths = 6 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("productId", out _));

        await enterprise.PutAsJsonAsync($"/api/finance/consents/{bankId}", new { });
        Assert.Equal(HttpStatusCode.OK, (await bank.GetAsync($"/api/enterprises/{enterpriseId}")).StatusCode);
        shelf = await enterprise.GetJsonAsync<JsonElement>("/api/finance/products?search=测试积分贷 B");
        Assert.DoesNotContain(shelf.GetProperty("items").EnumerateArray().Single().GetProperty("eligibility").GetProperty("gaps").EnumerateArray(),
            g => g.GetProperty("code").GetString() == "consent_required");
    });

    [Fact]
    public async Task Every_enterprise_a_bank_sees_consents_to_it_and_requests_to_other_banks_stay_hidden()
    {
        var bank = await host.SignInAsync("bank1");
        var bureau = await host.SignInAsync("bureau");
        var bankId = (await bank.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("bankId").GetString();
        var all = await bureau.GetJsonAsync<JsonElement>("/api/finance/requests?pageSize=200");
        var seen = await bank.GetJsonAsync<JsonElement>("/api/finance/requests?pageSize=200");
        Assert.True(all.GetProperty("total").GetInt32() > seen.GetProperty("total").GetInt32());
        AssertAllNonEmpty(seen.GetProperty("items").EnumerateArray(), r => Assert.Equal(bankId, r.GetProperty("bankId").GetString()));
        // A bank's view of the registry is exactly its consenting enterprises: far fewer than the zone's.
        var zone = (await bureau.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=1")).GetProperty("total").GetInt32();
        var visible = (await bank.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=1")).GetProperty("total").GetInt32();
        Assert.InRange(visible, 1, zone / 5);
        Assert.Equal(0, (await bank.GetJsonAsync<JsonElement>("/api/finance/vouchers")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Product_input_is_checked_field_by_field_and_only_banks_publish()
    {
        var bank = await host.SignInAsync("bank1");
        var response = await bank.PostAsJsonAsync("/api/finance/products",
            new { name = "", kind = (string?)null, maxAmount = 0, rateFrom = 5, rateTo = 4, maxTermMonths = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "name", "kind", "maxAmount", "rateTo", "maxTermMonths" }) Assert.True(errors.TryGetProperty(field, out _), field);
        var enterprise = await host.SignInAsync("ent1");
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostAsJsonAsync("/api/finance/products", Product("x"))).StatusCode);
    }

    [Fact]
    public async Task Vouchers_are_approved_within_the_policy_and_redeemed()
    {
        var enterprise = await host.SignInAsync("ent1");
        var bureau = await host.SignInAsync("bureau");
        var provider = (await bureau.GetJsonAsync<JsonElement>("/api/finance/providers"))[0].GetProperty("id").GetString();
        var voucher = await OkJson(await enterprise.PostAsJsonAsync("/api/finance/vouchers",
            new { providerId = provider, service = "检测", contractAmount = 30, requestedAmount = 20 }));
        var id = voucher.GetProperty("id").GetString();
        // Share 50 % of 30 = 15: approving 20 is over the policy.
        var over = await bureau.PostAsJsonAsync($"/api/finance/vouchers/{id}/review", new { approve = true, amount = 20, version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        var approved = await OkJson(await bureau.PostAsJsonAsync($"/api/finance/vouchers/{id}/review", new { approve = true, amount = 15, version = 0 }));
        var redeemed = await OkJson(await bureau.PostAsJsonAsync($"/api/finance/vouchers/{id}/redeem",
            new { amount = 15, version = approved.GetProperty("version").GetInt32() }));
        Assert.Equal("Redeemed", redeemed.GetProperty("status").GetString());
        var stats = await bureau.GetJsonAsync<JsonElement>("/api/finance/stats");
        Assert.True(stats.GetProperty("vouchersApproved").GetDecimal() >= 1256.3m + 15);
        Assert.Equal(1914m, stats.GetProperty("fundsSecured").GetDecimal());
    }
}
