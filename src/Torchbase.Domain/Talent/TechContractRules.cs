namespace Torchbase.Domain.Talent;

/// <summary>
/// Checks a technology-contract registration (技术合同认定登记): positive contract amount, a technology-transaction amount
/// (技术交易额) that is not negative and not above the contract amount, registration not before signing, distinct parties.
/// Returns (field, code) pairs; the host turns them into localised field errors.
/// </summary>
public static class TechContractRules
{
    public static IReadOnlyList<(string Field, string Code)> Check(decimal? amountWan, decimal? techTransactionWan, DateOnly? signedOn, DateOnly? registeredOn,
        string? seller, string? buyer, DateOnly today)
    {
        var errors = new List<(string, string)>();
        if (amountWan is null) errors.Add(("amountWan", "required"));
        else if (amountWan <= 0) errors.Add(("amountWan", "must_be_positive"));
        if (techTransactionWan is null) errors.Add(("techTransactionWan", "required"));
        else if (techTransactionWan < 0) errors.Add(("techTransactionWan", "not_negative"));
        else if (amountWan > 0 && techTransactionWan > amountWan) errors.Add(("techTransactionWan", "tech_exceeds_amount"));
        if (signedOn is null) errors.Add(("signedOn", "required"));
        if (registeredOn is null) errors.Add(("registeredOn", "required"));
        else if (registeredOn > today) errors.Add(("registeredOn", "future_date"));
        else if (signedOn is not null && registeredOn < signedOn) errors.Add(("registeredOn", "registered_before_signed"));
        if (!string.IsNullOrWhiteSpace(seller) && string.Equals(seller.Trim(), buyer?.Trim(), StringComparison.Ordinal))
            errors.Add(("buyer", "same_party"));
        return errors;
    }
}
