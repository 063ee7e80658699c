using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Talent;
using Torchbase.Features.Enterprises;
using Torchbase.Features.Imports;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase.Features.Talent;

/// <summary>A registered technology contract as a row of the workbook; the parties of the zone by credit code.</summary>
public sealed record ContractRow(string RegistrationNo, DateOnly RegisteredOn, DateOnly SignedOn, TechContractType Type, string Subject,
    string Seller, string? SellerCode, string Buyer, string? BuyerCode, string? Field, decimal AmountWan, decimal TechTransactionWan);

/// <summary>The technology contract register (技术合同登记), in the columns of the register's export, so an exported file imports back.</summary>
public sealed class ContractSheet(DateOnly today) : ImportSheet<ContractRow>
{
    public override string Name => "技术合同登记";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new("登记号", "registrationNo", CellType.Text, true, Example: "3707012025000123"),
        new("登记日期", "registeredOn", CellType.Date, true, Example: "2025-05-20"),
        new("签订日期", "signedOn", CellType.Date, true, Example: "2025-05-08"),
        new("合同类型", "type", CellType.Code, true, [.. TalentLabels.ContractType.Values], TalentLabels.ContractType[TechContractType.Development]),
        new("项目名称", "subject", CellType.Text, true, Example: "高效永磁电机控制算法开发"),
        new("卖方", "seller", CellType.Text, true, Example: "潍坊示例科技有限公司"),
        new("卖方统一社会信用代码", "sellerCreditCode", CellType.Text, Example: "91370700MA3C000019", Note: "卖方是本区企业时填写"),
        new("买方", "buyer", CellType.Text, true, Example: "潍坊示例电机有限公司"),
        new("买方统一社会信用代码", "buyerCreditCode", CellType.Text, Note: "买方是本区企业时填写"),
        new("技术领域", "field", CellType.Text, Example: "先进制造"),
        new("合同金额（万元）", "amountWan", CellType.Decimal, true, Example: 120),
        new("技术交易额（万元）", "techTransactionWan", CellType.Decimal, true, Example: 100),
    ];

    public override IReadOnlyList<SheetColumn> Columns => All;

    public override IReadOnlyList<string> Notes => [Text.Get("import_contracts_notes.match"), Text.Get("import_contracts_notes.parties")];

    private readonly Dictionary<string, int> _firstRow = [];

    public override ContractRow? Parse(SheetRow row)
    {
        var (amount, tech) = (row.Decimal("amountWan"), row.Decimal("techTransactionWan"));
        var errors = new Errors().MaxLength("registrationNo", row.Text("registrationNo"), 40).MaxLength("subject", row.Text("subject"), 200)
            .MaxLength("seller", row.Text("seller"), 200).MaxLength("buyer", row.Text("buyer"), 200).MaxLength("field", row.Text("field"), 50)
            .Amount("amountWan", amount).Amount("techTransactionWan", tech)
            .FromRules(TechContractRules.Check(amount, tech, row.Date("signedOn"), row.Date("registeredOn"), row.Text("seller"), row.Text("buyer"), today));
        row.Fail(errors);
        string? Code(string field)
        {
            if (row.Text(field) is not { } text) return null;
            var code = CreditCode.Normalise(text);
            if (CreditCode.Check(code) is { } problem) row.Fail(field, "credit_code." + problem);
            return code;
        }
        var (sellerCode, buyerCode) = (Code("sellerCreditCode"), Code("buyerCreditCode"));
        if (row.Failed) return null;
        var number = row.Text("registrationNo")!;
        if (_firstRow.TryGetValue(number, out var first)) { row.Fail("registrationNo", "duplicate_name_in_file", first); return null; }
        _firstRow[number] = row.Number;
        return new ContractRow(number, row.Date("registeredOn")!.Value, row.Date("signedOn")!.Value,
            TalentLabels.ContractType.First(t => t.Value == row.Text("type")).Key, row.Text("subject")!, row.Text("seller")!, sellerCode,
            row.Text("buyer")!, buyerCode, row.Text("field"), amount!.Value, tech!.Value);
    }
}

/// <summary>
/// The technology contract register in bulk: the template and the all-or-nothing import (the export is the register's own,
/// in the same columns). A contract of the zone with the same registration number is updated, other rows are registered.
/// </summary>
public static class ContractImport
{
    public static void MapContractImport(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/talent/contracts").WithTags("Talent");

        group.MapGet("/import/template", DownloadTechContractTemplate)
            .WithName(nameof(DownloadTechContractTemplate))
            .WithSummary("The technology-contract import template, in the columns of the register's export")
            .RequireAuthorization(Permissions.TalentWrite);
        group.MapPost("/import", ImportTechContracts)
            .WithName(nameof(ImportTechContracts))
            .WithSummary("Import technology contracts, all or nothing: a contract of the zone with the same registration number is updated")
            .RequireAuthorization(Permissions.TalentWrite);
    }

    public static FileContentHttpResult DownloadTechContractTemplate(TimeProvider clock) => SheetImport.Template(new ContractSheet(clock.Today()), clock);

    public static async Task<Results<Ok<SheetImportResult>, ValidationProblem, ProblemHttpResult>> ImportTechContracts(
        HttpRequest request, Guid? zoneId, ImportReports reports, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ImportZone.ResolveAsync(db, zoneId, ct) is not { } zone) return ImportZone.Missing(zoneId);
        var sheet = new ContractSheet(api.Clock.Today());
        var result = await SheetImport.RunAsync(request, sheet, db, reports, api.User, async (rows, check) =>
        {
            var codes = rows.SelectMany(r => new[] { r.Value.SellerCode, r.Value.BuyerCode }).OfType<string>();
            var enterprises = await ImportZone.EnterprisesByCodeAsync(db, zone, codes, ct);
            var numbers = rows.Select(r => r.Value.RegistrationNo).ToList();
            var existing = await db.TechContracts.Where(c => c.ZoneId == zone && numbers.Contains(c.RegistrationNo))
                .ToDictionaryAsync(c => c.RegistrationNo, ct);
            // Registration numbers are unique across zones: a number another zone holds cannot be taken here.
            var elsewhere = (await db.TechContracts.IgnoreQueryFilters().Where(c => numbers.Contains(c.RegistrationNo))
                .Select(c => c.RegistrationNo).ToListAsync(ct)).Where(n => !existing.ContainsKey(n)).ToHashSet();
            foreach (var (number, row) in rows)
            {
                if (elsewhere.Contains(row.RegistrationNo)) check.Fail(sheet, number, "registrationNo", "duplicate_registration_no");
                if (row.SellerCode is { } s && !enterprises.ContainsKey(s)) check.Fail(sheet, number, "sellerCreditCode", "unknown_credit_code");
                if (row.BuyerCode is { } b && !enterprises.ContainsKey(b)) check.Fail(sheet, number, "buyerCreditCode", "unknown_credit_code");
            }
            if (check.Failed) return new SheetImportResult(0, 0);

            var (imported, updated) = (0, 0);
            foreach (var (_, row) in rows)
            {
                if (existing.TryGetValue(row.RegistrationNo, out var contract)) updated++;
                else
                {
                    db.TechContracts.Add(contract = new TechContract
                    {
                        RegistrationNo = row.RegistrationNo, Subject = "", Seller = "", Buyer = "", ZoneId = zone,
                    });
                    imported++;
                }
                (contract.RegisteredOn, contract.SignedOn, contract.Type, contract.Subject, contract.Field) =
                    (row.RegisteredOn, row.SignedOn, row.Type, row.Subject, row.Field);
                (contract.Seller, contract.Buyer, contract.AmountWan, contract.TechTransactionWan) =
                    (row.Seller, row.Buyer, row.AmountWan, row.TechTransactionWan);
                contract.SellerEnterpriseId = row.SellerCode is { } s ? enterprises[s] : null;
                contract.BuyerEnterpriseId = row.BuyerCode is { } b ? enterprises[b] : null;
            }
            await db.SaveChangesAsync(ct);
            return new SheetImportResult(imported, updated);
        }, ct);
        return result.Result switch { Ok<SheetImportResult> ok => ok, var other => (ProblemHttpResult)other };
    }
}
