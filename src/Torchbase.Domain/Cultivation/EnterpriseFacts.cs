using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Cultivation;

/// <summary>Everything an evaluation reads about one enterprise, as plain values.</summary>
public sealed record EnterpriseFacts(
    DateOnly RegisteredOn,
    IReadOnlyList<AnnualReport> Reports,
    IReadOnlyList<HeldTitle> Held,
    EnterpriseDeclarations? Declarations,
    DateOnly AsOf,
    string? IndustryCode = null)
{
    /// <summary>The last completed fiscal year: the year before the evaluation date.</summary>
    public int LastYear => AsOf.Year - 1;

    public AnnualReport? Report(int year)
    {
        // Indexed, not foreach: no enumerator is allocated on a path that runs for every enterprise and rule.
        for (var i = 0; i < Reports.Count; i++) if (Reports[i].Year == year) return Reports[i];
        return null;
    }

    public bool Holds(QualificationType type)
    {
        for (var i = 0; i < Held.Count; i++)
            if (Held[i].Type == type && Qualifications.IsInForce(Held[i].IssuedOn, Held[i].ExpiresOn, AsOf)) return true;
        return false;
    }

    /// <summary>规上 / 限上 in a report year, by the sector's rule (<see cref="AboveDesignatedSize"/>), from that year's report.</summary>
    public SizeResult Size(int year) => AboveDesignatedSize.Of(IndustryCode, year, Report(year));

    public EnterpriseDeclarations Declared => Declarations ?? Empty;
    private static readonly EnterpriseDeclarations Empty = new();
}

public sealed record HeldTitle(QualificationType Type, DateOnly IssuedOn, DateOnly? ExpiresOn);
