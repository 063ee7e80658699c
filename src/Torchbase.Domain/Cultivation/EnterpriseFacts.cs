using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Cultivation;

/// <summary>Everything an evaluation reads about one enterprise, as plain values.</summary>
public sealed record EnterpriseFacts(
    DateOnly RegisteredOn,
    IReadOnlyList<AnnualReport> Reports,
    IReadOnlyList<HeldTitle> Held,
    EnterpriseDeclarations? Declarations,
    DateOnly AsOf)
{
    /// <summary>The last completed fiscal year: the year before the evaluation date.</summary>
    public int LastYear => AsOf.Year - 1;

    public AnnualReport? Report(int year)
    {
        foreach (var r in Reports) if (r.Year == year) return r;
        return null;
    }

    public bool Holds(QualificationType type)
    {
        foreach (var h in Held) if (h.Type == type && Qualifications.IsInForce(h.IssuedOn, h.ExpiresOn, AsOf)) return true;
        return false;
    }

    public EnterpriseDeclarations Declared => Declarations ?? Empty;
    private static readonly EnterpriseDeclarations Empty = new();
}

public sealed record HeldTitle(QualificationType Type, DateOnly IssuedOn, DateOnly? ExpiresOn);
