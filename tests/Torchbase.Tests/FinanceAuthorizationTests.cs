using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Features.Finance;
using Torchbase.Identity;

namespace Torchbase.Tests;

/// <summary>A bank's act belongs to a bank, an enterprise's to an enterprise: the route's policy says so, even to the administrator.</summary>
[Collection(HostCollection.Name)]
public class FinanceAuthorizationTests(TorchbaseFactory host)
{
    private static ClaimsPrincipal SignedInAs(string role, params (string Type, string Value)[] scope) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role), .. scope.Select(s => new Claim(s.Type, s.Value))], "test"));

    private static readonly string Some = Guid.NewGuid().ToString();
    private static readonly string Other = Guid.NewGuid().ToString();

    private static readonly Dictionary<string, ClaimsPrincipal> Callers = new()
    {
        ["bank user of one zone"] = SignedInAs("BankUser", (ScopeClaims.Bank, Some), (ScopeClaims.Zone, Some)),
        // A bank user serving two zones cannot tell which one a new product belongs to.
        ["bank user of two zones"] = SignedInAs("BankUser", (ScopeClaims.Bank, Some), (ScopeClaims.Zone, Some), (ScopeClaims.Zone, Other)),
        ["bank user without a bank"] = SignedInAs("BankUser"),
        ["enterprise user"] = SignedInAs("EnterpriseUser", (ScopeClaims.Enterprise, Some)),
        ["enterprise user without an enterprise"] = SignedInAs("EnterpriseUser"),
        ["administrator"] = SignedInAs("SystemAdmin"),
        // A bank or enterprise attachment does not make a role without the permission a party.
        ["leader attached to a bank and an enterprise"] =
            SignedInAs("ZoneLeader", (ScopeClaims.Bank, Some), (ScopeClaims.Zone, Some), (ScopeClaims.Enterprise, Some)),
    };

    [Theory]
    [InlineData("bank user of one zone", true, false)]
    [InlineData("bank user of two zones", false, false)]
    [InlineData("bank user without a bank", false, false)]
    [InlineData("enterprise user", false, true)]
    [InlineData("enterprise user without an enterprise", false, false)]
    [InlineData("administrator", false, false)]
    [InlineData("leader attached to a bank and an enterprise", false, false)]
    public async Task A_finance_act_is_admitted_for_its_own_party_only(string caller, bool bank, bool enterprise)
    {
        var user = Callers[caller];
        var authorization = host.Services.GetRequiredService<IAuthorizationService>();
        Assert.Equal(bank, (await authorization.AuthorizeAsync(user, FinancePolicies.BankStaff)).Succeeded);
        Assert.Equal(enterprise, (await authorization.AuthorizeAsync(user, FinancePolicies.EnterpriseUser)).Succeeded);
    }

    [Theory]
    [InlineData("/api/finance/products", "finance_bank_only")]
    [InlineData("/api/finance/requests", "finance_enterprise_only")]
    [InlineData("/api/finance/vouchers", "finance_enterprise_only")]
    public async Task The_administrator_is_not_a_party_and_is_told_whose_act_it_is(string url, string code)
    {
        var admin = await host.SignInAsync("admin");
        var response = await admin.PostAsJsonAsync(url, new { });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(code, (await response.JsonAsync()).GetProperty("code").GetString());
    }
}
