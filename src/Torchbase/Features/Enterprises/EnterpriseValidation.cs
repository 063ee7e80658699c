using System.Text.RegularExpressions;
using Torchbase.Domain.Enterprises;
using Torchbase.Http;
using Torchbase.Localization;

namespace Torchbase.Features.Enterprises;

public static partial class EnterpriseValidation
{
    [GeneratedRegex(@"^(\+?\d{1,4}[- ]?)?(\d{3,4}-?)?\d{7,11}$")]
    private static partial Regex PhonePattern();

    /// <summary>An enterprise as the form sends it and the import reads it; it cannot have been founded after <paramref name="today"/>.</summary>
    public static Errors Validate(EnterpriseInput input, DateOnly today)
    {
        var errors = new Errors();
        if (CreditCode.Check(input.CreditCode is null ? null : CreditCode.Normalise(input.CreditCode)) is { } problem)
            errors.Add("creditCode", "credit_code." + problem);
        errors.Required("name", input.Name).MaxLength("name", input.Name, 200)
            .Required("industryChain", input.IndustryChain)
            .MaxLength("industryLink", input.IndustryLink, 100)
            .MaxLength("address", input.Address, 300)
            .MaxLength("legalRepresentative", input.LegalRepresentative, 50)
            .MaxLength("contactName", input.ContactName, 50);
        if (!string.IsNullOrWhiteSpace(input.IndustryCode) && !AboveDesignatedSize.IsValidCode(input.IndustryCode.Trim().ToUpperInvariant()))
            errors.Add("industryCode", "industry_code");
        if (input.ParkId is null) errors.Add("parkId", "required");
        if (input.Scale is null) errors.Add("scale", "required");
        if (input.RegisteredOn is null) errors.Add("registeredOn", "required");
        else if (input.RegisteredOn > today) errors.Add("registeredOn", "not_in_future");
        if (!string.IsNullOrWhiteSpace(input.ContactPhone) && !PhonePattern().IsMatch(input.ContactPhone.Trim())) errors.Add("contactPhone", "phone");
        return errors;
    }

    public static Errors Validate(int year, AnnualReportDto report, int currentYear)
    {
        var errors = new Errors();
        if (year < 1980 || year > currentYear) errors.Add("year", "year_range", 1980, currentYear);
        else if (report.Year is { } given && given != year) errors.Add("year", "year_mismatch", year); // not given: the address says
        errors.Amount("revenue", report.Revenue).Amount("highTechRevenue", report.HighTechRevenue)
            .Amount("rdExpense", report.RdExpense).Amount("domesticRdExpense", report.DomesticRdExpense)
            .Amount("operatingCost", report.OperatingCost).Amount("totalAssets", report.TotalAssets)
            .Amount("taxes", report.Taxes).NotNegative("employees", report.Employees).NotNegative("techStaff", report.TechStaff)
            .NotNegative("rdStaff", report.RdStaff).NotNegative("inventionPatents", report.InventionPatents)
            .NotNegative("utilityModels", report.UtilityModels).NotNegative("designPatents", report.DesignPatents)
            .NotNegative("softwareCopyrights", report.SoftwareCopyrights).NotNegative("otherClassOneIp", report.OtherClassOneIp)
            .Amount("mainBusinessRevenue", report.MainBusinessRevenue).Amount("totalLiabilities", report.TotalLiabilities)
            .NotNegative("highValueClassOneIp", report.HighValueClassOneIp).NotNegative("selfDevelopedClassOneIp", report.SelfDevelopedClassOneIp)
            .Amount("equityFinancing", report.EquityFinancing).NotNegative("graduatesHired", report.GraduatesHired);
        // Parts cannot exceed their whole (net assets and profit may be negative; they are not checked).
        if (report.HighTechRevenue > report.Revenue) errors.Add("highTechRevenue", "part_exceeds_whole", Text.Get("whole.revenue"));
        if (report.DomesticRdExpense > report.RdExpense) errors.Add("domesticRdExpense", "part_exceeds_whole", Text.Get("whole.rdExpense"));
        if (report.TechStaff > report.Employees) errors.Add("techStaff", "part_exceeds_whole", Text.Get("whole.employees"));
        if (report.RdStaff > report.Employees) errors.Add("rdStaff", "part_exceeds_whole", Text.Get("whole.employees"));
        if (report.MainBusinessRevenue > report.Revenue) errors.Add("mainBusinessRevenue", "part_exceeds_whole", Text.Get("whole.revenue"));
        var classOne = (report.InventionPatents ?? 0) + (report.OtherClassOneIp ?? 0);
        if (report.HighValueClassOneIp > classOne) errors.Add("highValueClassOneIp", "part_exceeds_whole", Text.Get("whole.classOneIp"));
        if (report.SelfDevelopedClassOneIp > classOne) errors.Add("selfDevelopedClassOneIp", "part_exceeds_whole", Text.Get("whole.classOneIp"));
        return errors;
    }

    /// <summary>A title held, as the enterprise page adds one and the titles import reads one.</summary>
    public static Errors Validate(QualificationInput input)
    {
        var errors = new Errors().MaxLength("level", input.Level, 20).MaxLength("certificateNo", input.CertificateNo, 60);
        if (input.Type is null) errors.Add("type", "required");
        if (input.IssuedOn is null) errors.Add("issuedOn", "required");
        if (input.ExpiresOn < input.IssuedOn) errors.Add("expiresOn", "invalid_date");
        return errors;
    }
}
