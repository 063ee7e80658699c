using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Features.ServiceDesk;
using Torchbase.Identity;

namespace Torchbase.Tests;

/// <summary>Who acts on the service desk is decided by the named policies on the routes, from the caller's roles; no role means no side.</summary>
[Collection(HostCollection.Name)]
public class ServiceDeskAuthorizationTests(TorchbaseFactory host)
{
    private static ClaimsPrincipal SignedInAs(params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    [Theory]
    [InlineData("EnterpriseUser", ActorKind.Enterprise)]
    [InlineData("DepartmentStaff", ActorKind.Department)]
    [InlineData("ServiceOfficer", ActorKind.Officer)]
    [InlineData("ParkOfficer", ActorKind.Officer)]
    [InlineData("SystemAdmin", ActorKind.Leader)]
    [InlineData("ZoneLeader", ActorKind.Leader)]
    [InlineData("InnovationBureau", ActorKind.Leader)]
    [InlineData("BankUser", null)]
    [InlineData("Expert", null)]
    [InlineData("ContestJudge", null)]
    [InlineData("Auditor", null)]
    [InlineData("", null)]
    public void Each_role_acts_on_its_own_side_and_an_unknown_role_on_none(string role, ActorKind? side) =>
        Assert.Equal(side, ServiceDeskActors.Of(SignedInAs(role)));

    [Fact]
    public void A_user_with_several_roles_acts_on_the_first_side_listed()
    {
        Assert.Equal(ActorKind.Enterprise, ServiceDeskActors.Of(SignedInAs("ZoneLeader", "EnterpriseUser")));
        Assert.Equal(ActorKind.Officer, ServiceDeskActors.Of(SignedInAs("Auditor", "ParkOfficer")));
    }

    [Fact]
    public void Every_role_that_reads_the_desk_has_a_side()
    {
        var readers = Permissions.RolesWith(Permissions.ServiceRead).ToList();
        Assert.NotEmpty(readers);
        AssertAllNonEmpty(readers, role => Assert.NotNull(ServiceDeskActors.Of(SignedInAs(role.ToString()))));
    }

    [Theory]
    [InlineData("Auditor", false, false)]
    [InlineData("BankUser", false, false)]
    [InlineData("DepartmentStaff", true, false)]
    [InlineData("EnterpriseUser", true, true)]
    [InlineData("ServiceOfficer", true, true)]
    [InlineData("ZoneLeader", true, true)]
    public async Task The_desk_policies_admit_a_side_and_refuse_a_role_without_one(string role, bool mayAct, bool maySubmit)
    {
        var authorization = host.Services.GetRequiredService<IAuthorizationService>();
        var act = await authorization.AuthorizeAsync(SignedInAs(role), ServiceDeskPolicies.Act);
        var submit = await authorization.AuthorizeAsync(SignedInAs(role), ServiceDeskPolicies.Submit);
        Assert.Equal((mayAct, maySubmit), (act.Succeeded, submit.Succeeded));
        if (!act.Succeeded) Assert.Contains(act.Failure!.FailureReasons, r => r.Message == "sd.actor");
    }

    [Fact]
    public async Task A_department_may_not_put_a_request_on_the_desk_and_is_told_why()
    {
        var dept = await host.SignInAsync("dept1");
        var response = await dept.PostAsJsonAsync("/api/service/requests", new { title = "部门不能提交", description = "x", category = "Land", urgency = "Normal" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("sd.actor", problem.GetProperty("code").GetString());
        Assert.Equal("您的角色不能执行此操作", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_department_task_is_answered_by_that_department_only()
    {
        var ent = await host.SignInAsync("ent1");
        var officer = await host.SignInAsync("officer1");
        var (dept1, dept2) = (await host.SignInAsync("dept1"), await host.SignInAsync("dept2"));
        var departments = (await officer.GetJsonAsync<JsonElement>("/api/org/departments")).EnumerateArray()
            .ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("id").GetString()!);
        var created = await ent.PostAsJsonAsync("/api/service/requests",
            new { title = "答复权限测试", description = "需要部门答复", category = "Land", urgency = "Normal" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("summary").GetProperty("id").GetString();

        async Task MoveAsync(object body)
        {
            var current = await officer.GetJsonAsync<JsonElement>($"/api/service/requests/{id}");
            var merged = JsonSerializer.SerializeToElement(body, ApiClient.Json).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
            merged["version"] = current.GetProperty("summary").GetProperty("version").GetInt32();
            var response = await officer.PostAsJsonAsync($"/api/service/requests/{id}/transitions", merged);
            Assert.True(response.IsSuccessStatusCode, (await response.JsonAsync()).ToString());
        }
        await MoveAsync(new { action = "Accept" });
        await MoveAsync(new { action = "Start" });
        await MoveAsync(new { action = "Escalate", reason = "园区吹哨", departmentIds = new[] { departments["经济发展局"], departments["自然资源和规划分局"] } });

        var dept1Task = (await dept1.GetJsonAsync<JsonElement>($"/api/service/requests/{id}")).GetProperty("myTaskId").GetString();
        Assert.NotNull(dept1Task);
        var reply = new { reply = "代为答复", version = 0 };
        foreach (var stranger in new[] { officer, dept2 })
        {
            var refused = await stranger.PostAsJsonAsync($"/api/service/requests/{id}/tasks/{dept1Task}/reply", reply);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("sd.actor", (await refused.JsonAsync()).GetProperty("code").GetString());
        }
        var own = await dept1.PostAsJsonAsync($"/api/service/requests/{id}/tasks/{dept1Task}/reply", new { reply = "规划条件已明确", version = 0 });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }
}
