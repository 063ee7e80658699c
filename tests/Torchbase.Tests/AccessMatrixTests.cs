using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Torchbase.Tests;

/// <summary>
/// Who may call what, declared in one table and checked for every API endpoint and every kind of user, including
/// anonymous and a user of another zone. An endpoint that is not in the table fails the test, so a new endpoint cannot
/// ship without a decision about who may call it. "Allowed" means the call gets past authorization (any answer but
/// 401/403, and never a 5xx: calls carry an empty body and unknown ids, so allowed writes end in 400 or 404); whether
/// a row of another zone, park, enterprise or bank is visible is checked by each feature's API tests.
/// </summary>
[Collection(HostCollection.Name)]
public partial class AccessMatrixTests(TorchbaseFactory host)
{
    internal const string Anonymous = "anonymous";

    /// <summary>Every demo login by what it stands for; leader2 is the leader of the other zone; zoneadmin sets up the first zone.</summary>
    internal static readonly string[] Users =
        [Anonymous, "admin", "leader", "leader2", "bureau", "park1", "officer1", "dept1", "ent1", "bank1", "expert1", "judge1", "zoneadmin"];

    private const string SignedIn = "admin leader leader2 bureau park1 officer1 dept1 ent1 bank1 expert1 judge1 zoneadmin";
    /// <summary>A zone's set-up: its administrator, and the system administrator for every zone.</summary>
    private const string ZoneSetup = "admin zoneadmin";
    private const string ZoneStaff = "admin leader leader2 bureau park1 officer1 dept1";
    private const string ZoneManagers = "admin leader leader2 bureau park1";
    private const string RegistryReaders = "admin leader leader2 bureau park1 officer1 dept1 ent1 bank1";
    private const string BureauAndParks = "admin bureau park1";
    private const string BureauOnly = "admin bureau";
    private const string Leaders = "admin leader leader2";
    private const string PolicyReaders = "admin leader leader2 bureau park1 ent1";
    private const string SpaceReaders = "admin leader leader2 bureau park1 ent1";

    /// <summary>
    /// METHOD route → the users allowed, routes as the app declares them. Where a write names one kind of user only
    /// (a bank publishes a product, an enterprise asks for financing), even the administrator is refused: the act
    /// belongs to that party.
    /// </summary>
    internal static readonly Dictionary<string, string> Expected = new()
    {
        ["GET /api/auth/antiforgery"] = $"{Anonymous} {SignedIn}",
        ["POST /api/auth/login"] = $"{Anonymous} {SignedIn}",
        ["POST /api/auth/logout"] = SignedIn,
        ["GET /api/auth/me"] = SignedIn,
        ["POST /api/auth/password"] = SignedIn,

        ["GET /api/{*path:nonfile}"] = $"{Anonymous} {SignedIn}",

        ["GET /api/admin/roles"] = "admin",
        ["GET /api/admin/users"] = "admin",
        ["POST /api/admin/users"] = "admin",
        ["PUT /api/admin/users/{id:guid}"] = "admin",
        ["POST /api/admin/users/{id:guid}/password"] = "admin",
        ["POST /api/admin/users/{id:guid}/unlock"] = "admin",
        ["GET /api/admin/users/import/template"] = "admin",
        ["POST /api/admin/users/import"] = "admin",

        ["GET /api/audit/"] = Leaders,
        ["GET /api/audit/export"] = Leaders,
        ["GET /api/audit/records/enterprise/{id:guid}"] = RegistryReaders,
        ["GET /api/audit/records/project/{id:guid}"] = ZoneStaff,
        ["GET /api/audit/records/request/{id:guid}"] = "admin leader leader2 bureau park1 officer1 dept1 ent1",

        ["GET /api/cultivation/candidates"] = "admin leader leader2 bureau park1 officer1 ent1",
        ["GET /api/cultivation/candidates/export"] = "admin leader leader2 bureau park1 officer1 ent1",
        ["GET /api/cultivation/renewals"] = "admin leader leader2 bureau park1 officer1 ent1",
        ["GET /api/cultivation/renewals/export"] = "admin leader leader2 bureau park1 officer1 ent1",
        ["GET /api/cultivation/enterprises/{id:guid}/declarations"] = "admin leader leader2 bureau park1 officer1 ent1",
        ["PUT /api/cultivation/enterprises/{id:guid}/declarations"] = "admin bureau park1 ent1",
        ["GET /api/cultivation/enterprises/{id:guid}/ladder"] = "admin leader leader2 bureau park1 officer1 ent1",
        ["POST /api/cultivation/evaluations"] = BureauOnly,
        ["GET /api/cultivation/funnel"] = "admin leader leader2 bureau park1 officer1 ent1",
        ["GET /api/cultivation/library"] = "admin leader leader2 bureau park1 officer1 ent1",
        ["POST /api/cultivation/library"] = BureauAndParks,
        ["GET /api/cultivation/library/{id:guid}"] = "admin leader leader2 bureau park1 officer1 ent1",
        ["PUT /api/cultivation/library/{id:guid}"] = BureauAndParks,
        ["DELETE /api/cultivation/library/{id:guid}"] = BureauAndParks,
        ["POST /api/cultivation/library/{id:guid}/actions"] = BureauAndParks,
        ["GET /api/cultivation/library/export"] = "admin leader leader2 bureau park1 officer1 ent1",
        ["GET /api/cultivation/officers"] = BureauAndParks,
        ["GET /api/cultivation/rulesets"] = "admin leader leader2 bureau park1 officer1 ent1",
        ["GET /api/cultivation/targets"] = "admin leader leader2 bureau park1 officer1 ent1",
        ["PUT /api/cultivation/targets"] = BureauAndParks,

        ["GET /api/dashboard/summary"] = ZoneStaff,
        ["GET /api/dashboard/zones"] = ZoneStaff,

        ["GET /api/economy/compare/{code}"] = ZoneManagers,
        ["PUT /api/economy/figures"] = BureauOnly,
        ["POST /api/economy/import"] = BureauOnly,
        ["GET /api/economy/import/template"] = BureauOnly,
        ["GET /api/economy/indicators"] = ZoneManagers,
        ["GET /api/economy/sheet"] = ZoneManagers,
        ["GET /api/economy/sheet/export"] = ZoneManagers,
        ["PUT /api/economy/targets"] = BureauOnly,
        ["GET /api/economy/trend/{code}"] = ZoneManagers,

        ["GET /api/enterprises/"] = RegistryReaders,
        ["POST /api/enterprises/"] = BureauAndParks,
        ["GET /api/enterprises/{id:guid}"] = RegistryReaders,
        ["PUT /api/enterprises/{id:guid}"] = BureauAndParks,
        ["POST /api/enterprises/{id:guid}/lifecycle"] = BureauAndParks,
        ["POST /api/enterprises/{id:guid}/qualifications"] = BureauAndParks,
        ["DELETE /api/enterprises/{id:guid}/qualifications/{qualificationId:guid}"] = BureauAndParks,
        ["PUT /api/enterprises/{id:guid}/reports/{year:int}"] = BureauAndParks,
        ["DELETE /api/enterprises/{id:guid}/reports/{year:int}"] = BureauAndParks,
        ["GET /api/enterprises/export"] = RegistryReaders,
        ["POST /api/enterprises/batch/library"] = BureauAndParks,
        ["POST /api/enterprises/batch/park"] = BureauAndParks,
        ["POST /api/enterprises/import"] = BureauOnly,
        ["GET /api/enterprises/import/template"] = BureauOnly,

        ["GET /api/annual-reports/enterprises/{id:guid}"] = RegistryReaders,
        ["PUT /api/annual-reports/enterprises/{id:guid}/{year:int}"] = "ent1",
        ["POST /api/annual-reports/enterprises/{id:guid}/{year:int}/accept"] = BureauAndParks,
        ["POST /api/annual-reports/enterprises/{id:guid}/{year:int}/return"] = BureauAndParks,
        ["POST /api/annual-reports/enterprises/{id:guid}/{year:int}/remind"] = BureauAndParks,
        ["GET /api/annual-reports/review"] = BureauAndParks,
        ["GET /api/annual-reports/missing"] = BureauAndParks,
        ["GET /api/annual-reports/missing/export"] = BureauAndParks,
        ["GET /api/annual-reports/import/template"] = BureauOnly,
        ["POST /api/annual-reports/import"] = BureauOnly,
        ["GET /api/annual-reports/export"] = RegistryReaders,
        ["GET /api/qualifications/import/template"] = BureauOnly,
        ["POST /api/qualifications/import"] = BureauOnly,
        ["GET /api/runs/{id:guid}"] = ZoneStaff,
        ["GET /api/qualifications/export"] = RegistryReaders,

        ["GET /api/finance/consents"] = "admin ent1",
        ["PUT /api/finance/consents/{bankId:guid}"] = "admin ent1",
        ["DELETE /api/finance/consents/{bankId:guid}"] = "admin ent1",
        ["GET /api/finance/funds"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["POST /api/finance/funds"] = BureauOnly,
        ["POST /api/finance/funds/{id:guid}/decide"] = BureauOnly,
        ["GET /api/finance/funds/export"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["GET /api/finance/products"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["POST /api/finance/products"] = "bank1",
        ["PUT /api/finance/products/{id:guid}"] = "admin bank1",
        ["GET /api/finance/providers"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["POST /api/finance/providers"] = BureauOnly,
        ["GET /api/finance/requests"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["POST /api/finance/requests"] = "ent1",
        ["POST /api/finance/requests/{id:guid}/approve"] = "admin bank1",
        ["POST /api/finance/requests/{id:guid}/decline"] = "admin bank1",
        ["POST /api/finance/requests/{id:guid}/disburse"] = "admin bank1",
        ["POST /api/finance/requests/{id:guid}/offer"] = "admin bank1",
        ["POST /api/finance/requests/{id:guid}/withdraw"] = "admin ent1",
        ["GET /api/finance/requests/export"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["GET /api/finance/stats"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["GET /api/finance/voucher-policy"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["GET /api/finance/vouchers"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["POST /api/finance/vouchers"] = "ent1",
        ["POST /api/finance/vouchers/{id:guid}/redeem"] = BureauOnly,
        ["POST /api/finance/vouchers/{id:guid}/review"] = BureauOnly,
        ["GET /api/finance/vouchers/export"] = "admin leader leader2 bureau park1 ent1 bank1",

        ["GET /api/imports/{token}/report"] = SignedIn,

        ["GET /api/incubators/"] = ZoneManagers,
        ["POST /api/incubators/"] = BureauOnly,
        ["PUT /api/incubators/{id:guid}"] = BureauOnly,
        ["DELETE /api/incubators/{id:guid}"] = BureauOnly,
        ["GET /api/incubators/{id:guid}/tenants"] = ZoneManagers,
        ["POST /api/incubators/{id:guid}/tenants"] = BureauOnly,
        ["PUT /api/incubators/{id:guid}/tenants/{tenantId:guid}"] = BureauOnly,
        ["GET /api/incubators/export"] = ZoneManagers,
        ["GET /api/incubators/import/template"] = BureauOnly,
        ["POST /api/incubators/import"] = BureauOnly,
        ["GET /api/incubators/tenants/import/template"] = BureauOnly,
        ["POST /api/incubators/tenants/import"] = BureauOnly,
        ["GET /api/incubators/tenants/export"] = ZoneManagers,

        ["GET /api/me/todo"] = SignedIn,

        ["GET /api/notifications/"] = SignedIn,
        ["POST /api/notifications/{id:guid}/read"] = SignedIn,
        ["POST /api/notifications/read-all"] = SignedIn,
        ["GET /api/notifications/unread-count"] = SignedIn,

        ["GET /api/org/banks"] = SignedIn,
        ["GET /api/org/departments"] = SignedIn,
        ["GET /api/org/industry-chains"] = SignedIn,
        ["GET /api/org/zones"] = SignedIn,

        // Zone set-up: regions, zones, banks and the official calendar are the system administrator's; the rest a zone's administrator's too.
        ["GET /api/setup/regions"] = ZoneSetup,
        ["POST /api/setup/regions"] = "admin",
        ["PUT /api/setup/regions/{id:guid}"] = "admin",
        ["GET /api/setup/zones"] = ZoneSetup,
        ["POST /api/setup/zones"] = "admin",
        ["PUT /api/setup/zones/{id:guid}"] = "admin",
        ["GET /api/setup/parks"] = ZoneSetup,
        ["POST /api/setup/parks"] = ZoneSetup,
        ["PUT /api/setup/parks/{id:guid}"] = ZoneSetup,
        ["GET /api/setup/departments"] = ZoneSetup,
        ["POST /api/setup/departments"] = ZoneSetup,
        ["PUT /api/setup/departments/{id:guid}"] = ZoneSetup,
        ["GET /api/setup/industry-chains"] = ZoneSetup,
        ["POST /api/setup/industry-chains"] = ZoneSetup,
        ["PUT /api/setup/industry-chains/{id:guid}"] = ZoneSetup,
        ["GET /api/setup/banks"] = ZoneSetup,
        ["POST /api/setup/banks"] = "admin",
        ["PUT /api/setup/banks/{id:guid}"] = "admin",
        ["GET /api/setup/bank-branches"] = ZoneSetup,
        ["POST /api/setup/bank-branches"] = ZoneSetup,
        ["PUT /api/setup/bank-branches/{id:guid}"] = ZoneSetup,
        ["GET /api/setup/agency-items"] = ZoneSetup,
        ["POST /api/setup/agency-items"] = ZoneSetup,
        ["PUT /api/setup/agency-items/{id:guid}"] = ZoneSetup,
        ["GET /api/setup/service-categories"] = ZoneSetup,
        ["PUT /api/setup/service-categories/{id:guid}"] = ZoneSetup,
        ["GET /api/setup/time-limits"] = ZoneSetup,
        ["PUT /api/setup/time-limits/{zoneId:guid}"] = ZoneSetup,
        ["GET /api/setup/calendar/years"] = ZoneSetup,
        ["POST /api/setup/calendar/years"] = "admin",
        ["PUT /api/setup/calendar/years/{id:guid}"] = "admin",
        ["GET /api/setup/calendar/days"] = ZoneSetup,
        ["POST /api/setup/calendar/days"] = ZoneSetup,
        ["PUT /api/setup/calendar/days/{id:guid}"] = ZoneSetup,
        ["DELETE /api/setup/calendar/days/{id:guid}"] = ZoneSetup,
        ["GET /api/setup/calendar/import/template"] = ZoneSetup,
        ["POST /api/setup/calendar/import"] = "admin",

        ["GET /api/space/buildings"] = SpaceReaders,
        ["GET /api/space/buildings/export"] = SpaceReaders,
        ["POST /api/space/buildings"] = BureauAndParks,
        ["PUT /api/space/buildings/{id:guid}"] = BureauAndParks,
        ["DELETE /api/space/buildings/{id:guid}"] = BureauAndParks,
        ["GET /api/space/space-units"] = SpaceReaders,
        ["GET /api/space/space-units/export"] = SpaceReaders,
        ["POST /api/space/space-units"] = BureauAndParks,
        ["PUT /api/space/space-units/{id:guid}"] = BureauAndParks,
        ["DELETE /api/space/space-units/{id:guid}"] = BureauAndParks,
        ["GET /api/space/leases"] = SpaceReaders,
        ["GET /api/space/leases/export"] = SpaceReaders,
        ["POST /api/space/leases"] = BureauAndParks,
        ["PUT /api/space/leases/{id:guid}"] = BureauAndParks,
        ["DELETE /api/space/leases/{id:guid}"] = BureauAndParks,
        ["GET /api/space/buildings/import/template"] = BureauAndParks,
        ["POST /api/space/buildings/import"] = BureauAndParks,
        ["GET /api/space/space-units/import/template"] = BureauAndParks,
        ["POST /api/space/space-units/import"] = BureauAndParks,
        ["GET /api/space/leases/import/template"] = BureauAndParks,
        ["POST /api/space/leases/import"] = BureauAndParks,
        ["GET /api/space/projects/{id:guid}/need"] = SpaceReaders,
        ["PUT /api/space/projects/{id:guid}/need"] = BureauAndParks,
        ["GET /api/space/occupancy"] = SpaceReaders,
        ["GET /api/space/match"] = SpaceReaders,
        ["POST /api/space/space-units/{id:guid}/reserve"] = BureauAndParks,
        ["POST /api/space/space-units/{id:guid}/release"] = BureauAndParks,
        ["GET /api/space/zombies"] = BureauAndParks,
        ["GET /api/space/zombies/export"] = BureauAndParks,
        ["GET /api/space/zombies/rules"] = BureauAndParks,
        ["POST /api/space/zombies/{id:guid}/review"] = BureauAndParks,
        ["GET /api/space/disposals"] = BureauAndParks,
        ["GET /api/space/disposals/export"] = BureauAndParks,
        ["GET /api/space/disposals/stats"] = BureauAndParks,
        ["POST /api/space/disposals"] = BureauAndParks,
        ["POST /api/space/disposals/{id:guid}/step"] = BureauAndParks,
        ["GET /api/energy/feed"] = ZoneManagers,
        ["GET /api/energy/meters"] = ZoneManagers,
        ["GET /api/energy/meters/export"] = ZoneManagers,
        ["GET /api/energy/meters/{id:guid}"] = ZoneManagers,
        ["POST /api/energy/meters"] = BureauAndParks,
        ["PUT /api/energy/meters/{id:guid}"] = BureauAndParks,
        ["DELETE /api/energy/meters/{id:guid}"] = BureauAndParks,
        ["GET /api/energy/meters/{id:guid}/readings"] = ZoneManagers,
        ["POST /api/energy/meters/{id:guid}/readings"] = BureauAndParks,
        ["GET /api/energy/consumption"] = ZoneManagers,
        ["GET /api/energy/readings/import/template"] = BureauAndParks,
        ["POST /api/energy/readings/import"] = BureauAndParks,
        ["GET /api/energy/alerts"] = ZoneManagers,
        ["GET /api/energy/alert-rules"] = ZoneManagers,
        ["POST /api/energy/alerts/check"] = BureauAndParks,
        ["POST /api/energy/alerts/{id:guid}/close"] = BureauAndParks,

        ["GET /api/platforms/"] = ZoneManagers,
        ["POST /api/platforms/"] = BureauOnly,
        ["PUT /api/platforms/{id:guid}"] = BureauOnly,
        ["DELETE /api/platforms/{id:guid}"] = BureauOnly,
        ["GET /api/platforms/export"] = ZoneManagers,
        ["GET /api/platforms/import/template"] = BureauOnly,
        ["POST /api/platforms/import"] = BureauOnly,

        ["GET /api/points/enterprises/{id:guid}"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["POST /api/points/runs"] = BureauOnly,
        ["GET /api/points/runs"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["GET /api/points/scores"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["GET /api/points/scores/export"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["POST /api/points/sets"] = BureauOnly,
        ["POST /api/points/sets/preview"] = BureauOnly,
        ["GET /api/points/templates"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["GET /api/points/sets"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["GET /api/points/sets/{id:guid}"] = "admin leader leader2 bureau park1 ent1 bank1",
        ["GET /api/points/summary"] = "admin leader leader2 bureau park1 ent1 bank1",

        ["GET /api/policies/"] = PolicyReaders,
        ["POST /api/policies/"] = BureauOnly,
        ["GET /api/policies/items"] = PolicyReaders,
        ["GET /api/policies/{id:guid}"] = PolicyReaders,
        ["PUT /api/policies/{id:guid}"] = BureauOnly,
        ["POST /api/policies/{id:guid}/publish"] = BureauOnly,
        ["POST /api/policies/{id:guid}/withdraw"] = BureauOnly,
        ["GET /api/policies/matching/enterprises/{enterpriseId:guid}"] = PolicyReaders,
        ["GET /api/policies/items/{itemId:guid}/matching"] = BureauOnly,
        ["GET /api/policies/statistics"] = BureauOnly,
        ["GET /api/policies/statistics/export"] = BureauOnly,
        ["GET /api/policies/applications"] = PolicyReaders,
        ["GET /api/policies/applications/{id:guid}"] = PolicyReaders,
        // Applying belongs to the enterprise; the park's review to its officer (and the administrator), the rest to the bureau.
        ["POST /api/policies/items/{itemId:guid}/applications"] = "ent1",
        ["POST /api/policies/applications/{id:guid}/attachments"] = "ent1",
        ["GET /api/policies/applications/{id:guid}/attachments/{attachmentId:guid}"] = PolicyReaders,
        ["POST /api/policies/applications/{id:guid}/park-review"] = "admin park1",
        ["POST /api/policies/applications/{id:guid}/bureau-review"] = BureauOnly,
        ["POST /api/policies/applications/{id:guid}/objections"] = BureauOnly,
        ["POST /api/policies/applications/{id:guid}/objections/{objectionId:guid}/decide"] = BureauOnly,
        ["POST /api/policies/applications/{id:guid}/payout"] = BureauOnly,
        ["POST /api/policies/items/{itemId:guid}/batch-payout"] = BureauOnly,

        ["GET /api/projects/"] = ZoneStaff,
        ["POST /api/projects/"] = BureauAndParks,
        ["GET /api/projects/{id:guid}"] = ZoneStaff,
        ["PUT /api/projects/{id:guid}"] = BureauAndParks,
        ["DELETE /api/projects/{id:guid}"] = BureauAndParks,
        ["PUT /api/projects/{id:guid}/investments/{year:int}/{month:int}"] = BureauAndParks,
        ["PUT /api/projects/{id:guid}/plans/{year:int}"] = BureauAndParks,
        ["POST /api/projects/{id:guid}/stage"] = BureauAndParks,
        ["POST /api/projects/{id:guid}/supervisions"] = BureauAndParks,
        ["POST /api/projects/{id:guid}/arrivals"] = BureauAndParks,
        ["PUT /api/projects/{id:guid}/arrivals/{arrivalId:guid}"] = BureauAndParks,
        ["DELETE /api/projects/{id:guid}/arrivals/{arrivalId:guid}"] = BureauAndParks,
        ["POST /api/projects/{id:guid}/milestones"] = BureauAndParks,
        ["PUT /api/projects/{id:guid}/milestones/{milestoneId:guid}"] = BureauAndParks,
        ["DELETE /api/projects/{id:guid}/milestones/{milestoneId:guid}"] = BureauAndParks,
        ["GET /api/projects/{id:guid}/approvals"] = ZoneStaff,
        ["POST /api/projects/{id:guid}/approvals"] = BureauAndParks,
        ["PUT /api/projects/{id:guid}/approvals/{approvalId:guid}"] = BureauAndParks,
        ["DELETE /api/projects/{id:guid}/approvals/{approvalId:guid}"] = BureauAndParks,
        ["GET /api/projects/approvals/statistics"] = ZoneStaff,
        ["POST /api/projects/{id:guid}/supervisions/{recordId:guid}/resolve"] = BureauAndParks,
        ["POST /api/projects/{id:guid}/supervisions/{recordId:guid}/request"] = BureauAndParks,
        ["PUT /api/projects/{id:guid}/outputs/{year:int}"] = BureauAndParks,
        ["GET /api/projects/outputs/statistics"] = ZoneStaff,
        ["GET /api/projects/board"] = ZoneStaff,
        ["GET /api/projects/comparison"] = ZoneStaff,
        ["GET /api/projects/import/template"] = BureauAndParks,
        ["POST /api/projects/import"] = BureauAndParks,
        ["GET /api/projects/ledger/export"] = ZoneStaff,
        ["GET /api/projects/rating"] = ZoneStaff,
        ["GET /api/projects/rating-criteria"] = ZoneStaff,
        ["PUT /api/projects/rating-criteria"] = BureauAndParks,
        ["GET /api/projects/summary"] = ZoneStaff,
        ["GET /api/projects/sources"] = ZoneStaff,
        ["GET /api/projects/periods"] = ZoneStaff,

        ["GET /api/reports/annual"] = ZoneManagers,
        ["GET /api/reports/annual/export"] = ZoneManagers,

        ["GET /api/service/agency/cases"] = "admin leader leader2 bureau park1 officer1 dept1 ent1",
        ["POST /api/service/agency/cases"] = ZoneStaff,
        ["GET /api/service/agency/cases/{id:guid}"] = "admin leader leader2 bureau park1 officer1 dept1 ent1",
        ["POST /api/service/agency/cases/{id:guid}/steps"] = ZoneStaff,
        ["GET /api/service/agency/cases/export"] = "admin leader leader2 bureau park1 officer1 dept1 ent1",
        ["GET /api/service/agency/items"] = "admin leader leader2 bureau park1 officer1 dept1 ent1",
        ["PUT /api/service/assignments/{enterpriseId:guid}"] = ZoneStaff,
        ["GET /api/service/officers"] = ZoneStaff,
        ["GET /api/service/officers/{id:guid}/enterprises"] = ZoneStaff,
        ["GET /api/service/requests/"] = "admin leader leader2 bureau park1 officer1 dept1 ent1",
        ["POST /api/service/requests/"] = "admin leader leader2 bureau park1 officer1 ent1",
        ["GET /api/service/requests/{id:guid}"] = "admin leader leader2 bureau park1 officer1 dept1 ent1",
        ["PUT /api/service/requests/{id:guid}"] = ZoneStaff,
        ["POST /api/service/requests/batch/officer"] = "admin leader leader2 bureau park1 officer1",
        ["POST /api/service/requests/{id:guid}/attachments"] = "admin leader leader2 bureau park1 officer1 dept1 ent1",
        ["GET /api/service/requests/{id:guid}/attachments/{attachmentId:guid}"] = "admin leader leader2 bureau park1 officer1 dept1 ent1",
        ["POST /api/service/requests/{id:guid}/tasks/{taskId:guid}/reply"] = ZoneStaff,
        ["POST /api/service/requests/{id:guid}/transitions"] = "admin leader leader2 bureau park1 officer1 dept1 ent1",
        ["GET /api/service/requests/export"] = "admin leader leader2 bureau park1 officer1 dept1 ent1",
        ["GET /api/service/statistics"] = ZoneStaff,
        ["GET /api/service/visits"] = "admin leader leader2 bureau park1 officer1 dept1 ent1",
        ["POST /api/service/visits"] = ZoneStaff,
        ["GET /api/service/visits/export"] = "admin leader leader2 bureau park1 officer1 dept1 ent1",
        ["GET /api/service/visits/{id:guid}"] = "admin leader leader2 bureau park1 officer1 dept1 ent1",

        ["GET /api/talent/achievements"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["POST /api/talent/achievements"] = BureauOnly,
        ["PUT /api/talent/achievements/{id:guid}"] = BureauOnly,
        ["GET /api/talent/achievements/export"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/achievements/stats"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/contracts"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["POST /api/talent/contracts"] = BureauOnly,
        ["PUT /api/talent/contracts/{id:guid}"] = BureauOnly,
        ["DELETE /api/talent/contracts/{id:guid}"] = BureauOnly,
        ["GET /api/talent/contracts/export"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/contracts/import/template"] = BureauOnly,
        ["POST /api/talent/contracts/import"] = BureauOnly,
        ["GET /api/talent/contracts/ranking"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/contracts/totals"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/demands"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["POST /api/talent/demands"] = "admin bureau ent1",
        ["GET /api/talent/demands/{id:guid}"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["PUT /api/talent/demands/{id:guid}"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/demands/{id:guid}/experts"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/demands/export"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/demands/import/template"] = "admin bureau ent1",
        ["POST /api/talent/demands/import"] = "admin bureau ent1",
        ["GET /api/talent/experts"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["POST /api/talent/experts"] = BureauOnly,
        ["GET /api/talent/experts/{id:guid}"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["PUT /api/talent/experts/{id:guid}"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/experts/{id:guid}/demands"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/experts/export"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/experts/import/template"] = BureauOnly,
        ["POST /api/talent/experts/import"] = BureauOnly,
        ["GET /api/talent/experts/me"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/glossary"] = BureauOnly,
        ["POST /api/talent/glossary"] = BureauOnly,
        ["PUT /api/talent/glossary/{id:guid}"] = BureauOnly,
        ["DELETE /api/talent/glossary/{id:guid}"] = BureauOnly,
        ["GET /api/talent/glossary/chains"] = BureauOnly,
        ["GET /api/talent/glossary/export"] = BureauOnly,
        ["PUT /api/talent/feedback"] = BureauOnly,
        ["GET /api/talent/feedback/export"] = BureauOnly,
        ["GET /api/talent/guarantees"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["POST /api/talent/guarantees"] = BureauOnly,
        ["GET /api/talent/matches"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["POST /api/talent/matches"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["PUT /api/talent/matches/{id:guid}/stage"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/matches/export"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/matches/stats"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/talents"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["POST /api/talent/talents"] = BureauOnly,
        ["PUT /api/talent/talents/{id:guid}"] = BureauOnly,
        ["GET /api/talent/talents/summary"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["GET /api/talent/workstations"] = "admin leader leader2 bureau park1 officer1 ent1 expert1",
        ["POST /api/talent/workstations"] = BureauOnly,

        // Judging is by appointment: any signed-in user may be a contest's judge; the handler checks the appointment.
        ["GET /api/competitions/"] = ZoneManagers,
        ["GET /api/competitions/export"] = ZoneManagers,
        ["GET /api/competitions/{id:guid}"] = ZoneManagers,
        ["POST /api/competitions/"] = "bureau",
        ["PUT /api/competitions/{id:guid}"] = BureauOnly,
        ["GET /api/competitions/{id:guid}/entrants"] = ZoneManagers,
        ["GET /api/competitions/{id:guid}/entrants/export"] = ZoneManagers,
        ["POST /api/competitions/{id:guid}/entrants"] = BureauOnly,
        ["PUT /api/competitions/{id:guid}/entrants/{entrantId:guid}"] = BureauOnly,
        ["GET /api/competitions/{id:guid}/entrants/{entrantId:guid}/scores"] = ZoneManagers,
        ["PUT /api/competitions/{id:guid}/entrants/{entrantId:guid}/scores"] = BureauOnly,
        ["GET /api/competitions/{id:guid}/ranking"] = ZoneManagers,
        ["POST /api/competitions/{id:guid}/rounds/{round:int}/advance"] = BureauOnly,
        ["POST /api/competitions/{id:guid}/awards"] = BureauOnly,
        ["POST /api/competitions/{id:guid}/entrants/{entrantId:guid}/project"] = BureauOnly,

        ["GET /api/events/"] = ZoneManagers,
        ["GET /api/events/export"] = ZoneManagers,
        ["GET /api/events/{id:guid}"] = ZoneManagers,
        ["POST /api/events/"] = "bureau",
        ["PUT /api/events/{id:guid}"] = BureauOnly,
        ["PUT /api/events/{id:guid}/attendees"] = BureauOnly,
        ["GET /api/events/{id:guid}/achievements"] = ZoneManagers,
        ["GET /api/events/{id:guid}/achievements/export"] = ZoneManagers,
        ["POST /api/events/{id:guid}/achievements"] = BureauOnly,
        ["GET /api/events/{id:guid}/intents"] = ZoneManagers,
        ["POST /api/events/{id:guid}/intents"] = BureauOnly,
        ["POST /api/events/{id:guid}/signings"] = BureauOnly,
        ["PUT /api/events/{id:guid}/signings/{signingId:guid}"] = BureauOnly,
        ["POST /api/events/{id:guid}/signings/{signingId:guid}/project"] = BureauOnly,

        ["GET /api/contests/"] = "admin leader leader2 bureau",
        ["POST /api/contests/"] = "bureau",
        ["GET /api/contests/{id:guid}"] = "admin leader leader2 bureau",
        ["PUT /api/contests/{id:guid}"] = BureauOnly,
        ["DELETE /api/contests/{id:guid}"] = BureauOnly,
        ["GET /api/contests/{id:guid}/candidates"] = BureauOnly,
        ["POST /api/contests/{id:guid}/categories"] = BureauOnly,
        ["PUT /api/contests/{id:guid}/categories/{categoryId:guid}"] = BureauOnly,
        ["DELETE /api/contests/{id:guid}/categories/{categoryId:guid}"] = BureauOnly,
        ["POST /api/contests/{id:guid}/draw"] = BureauOnly,
        ["GET /api/contests/{id:guid}/draw/verify"] = "admin leader leader2 bureau",
        ["PUT /api/contests/{id:guid}/judges"] = BureauOnly,
        ["GET /api/contests/{id:guid}/my-sheets"] = SignedIn,
        ["PUT /api/contests/{id:guid}/my-sheets/{unitId:guid}"] = SignedIn,
        ["POST /api/contests/{id:guid}/open"] = BureauOnly,
        ["GET /api/contests/{id:guid}/progress"] = "admin leader leader2 bureau",
        ["POST /api/contests/{id:guid}/publish"] = BureauOnly,
        ["GET /api/contests/{id:guid}/results"] = "admin leader leader2 bureau",
        ["GET /api/contests/{id:guid}/results/export"] = "admin leader leader2 bureau",
        ["POST /api/contests/{id:guid}/units"] = BureauOnly,
        ["PUT /api/contests/{id:guid}/units/{unitId:guid}"] = BureauOnly,
        ["DELETE /api/contests/{id:guid}/units/{unitId:guid}"] = BureauOnly,
        ["GET /api/contests/export"] = "admin leader leader2 bureau",
        ["GET /api/contests/judging"] = SignedIn,
    };

    private IReadOnlyList<(string Method, string Route)> ApiEndpoints() => ApiEndpoints(host.Services);

    /// <summary>Every API endpoint of the host as METHOD and route, routes as the app declares them.</summary>
    internal static IReadOnlyList<(string Method, string Route)> ApiEndpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, Normalise(e.RoutePattern.RawText!))))
            .Distinct().ToList();

    private static string Normalise(string route) => route.Replace("//", "/");

    [Fact]
    public void Every_endpoint_is_declared_and_every_declaration_exists()
    {
        var actual = ApiEndpoints().Select(e => $"{e.Method} {e.Route}").ToHashSet();
        var undeclared = actual.Except(Expected.Keys).Order().ToList();
        var stale = Expected.Keys.Except(actual).Order().ToList();
        Assert.True(undeclared.Count == 0, "Endpoints missing from the access table:\n" + string.Join("\n", undeclared));
        Assert.True(stale.Count == 0, "Declared endpoints that do not exist:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task Every_user_gets_exactly_what_the_table_allows()
    {
        var clients = new Dictionary<string, ApiClient>();
        foreach (var user in Users)
            clients[user] = user == Anonymous ? await host.AnonymousAsync() : await host.SignInAsync(user);

        var failures = new StringBuilder();
        // Sign-out last: it ends the session the other calls use.
        foreach (var (method, route) in ApiEndpoints().OrderBy(e => e.Route == "/api/auth/logout"))
        {
            if (route == "/api/auth/login") continue; // signing in is what every client above did
            var allowed = AllowedUsers(method, route);
            foreach (var user in Users)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Concrete(route));
                if (method is "POST" or "PUT") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                using var response = await clients[user].Http.SendAsync(request);
                var status = (int)response.StatusCode;
                var denied = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                var expectAllowed = allowed.Contains(user);
                if (status >= 500) failures.AppendLine($"{method} {route} as {user}: {status}");
                else if (expectAllowed == denied)
                    failures.AppendLine($"{method} {route} as {user}: {status}, expected {(expectAllowed ? "allowed" : "denied")}");
                else if (!expectAllowed && user == Anonymous && response.StatusCode != HttpStatusCode.Unauthorized)
                    failures.AppendLine($"{method} {route} as anonymous: {status}, expected 401");
            }
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    /// <summary>The users the table allows to call an endpoint ("POST /api/…"), none if it is not declared.</summary>
    internal static IReadOnlyList<string> AllowedUsers(string method, string route) =>
        Expected.TryGetValue($"{method} {route}", out var users) ? users.Split(' ') : [];

    /// <summary>A callable URL: ids that exist nowhere, so an allowed call reaches the handler and finds nothing.</summary>
    internal static string Concrete(string route) => Parameter().Replace(route, m => m.Groups[2].Value switch
    {
        ":guid" => Guid.Empty.ToString(),
        ":int" => "2000",
        _ => "none",
    });

    [GeneratedRegex(@"\{(\w+)(:\w+)?\}")]
    private static partial Regex Parameter();
}
