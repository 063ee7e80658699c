using Microsoft.AspNetCore.Authorization;
using Torchbase.Identity;

namespace Torchbase.Features.Finance;

/// <summary>The party a finance act belongs to: a bank publishes its products, an enterprise asks for financing or a voucher.</summary>
public enum FinanceParty { Bank, Enterprise }

/// <summary>The financial supermarket's named policies; their requirement is registered once in <see cref="FinanceEndpoints.AddFinance"/>.</summary>
public static class FinancePolicies
{
    /// <summary>A bank's own staff: the bank permission, attached to one bank and one zone (even the administrator is not a bank).</summary>
    public const string BankStaff = "finance.bank-staff";
    /// <summary>An enterprise's own user: the apply permission and attached to an enterprise.</summary>
    public const string EnterpriseUser = "finance.enterprise-user";

    public static void Add(AuthorizationBuilder authorization) => authorization
        .AddPolicy(BankStaff, p => p.RequireAuthenticatedUser().RequireRole(RolesWith(Permissions.FinanceBank))
            .AddRequirements(new FinancePartyRequirement(FinanceParty.Bank)))
        .AddPolicy(EnterpriseUser, p => p.RequireAuthenticatedUser().RequireRole(RolesWith(Permissions.FinanceApply))
            .AddRequirements(new FinancePartyRequirement(FinanceParty.Enterprise)));

    private static string[] RolesWith(string permission) => Permissions.RolesWith(permission).Select(r => r.ToString()).ToArray();
}

/// <summary>The caller acts for a party of this kind: their sign-in carries that party (and, for a bank, the one zone it serves).</summary>
public sealed class FinancePartyRequirement(FinanceParty party) : IAuthorizationRequirement
{
    public FinanceParty Party { get; } = party;
}

public sealed class FinancePartyHandler : AuthorizationHandler<FinancePartyRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, FinancePartyRequirement requirement)
    {
        var scope = DataScope.For(context.User);
        var acts = requirement.Party switch
        {
            FinanceParty.Bank => scope.BankId is not null && scope.HomeZoneId is not null,
            _ => scope.EnterpriseId is not null,
        };
        if (acts) context.Succeed(requirement);
        else context.Fail(new AuthorizationFailureReason(this, requirement.Party == FinanceParty.Bank ? "finance_bank_only" : "finance_enterprise_only"));
        return Task.CompletedTask;
    }
}
