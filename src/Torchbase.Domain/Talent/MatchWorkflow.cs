namespace Torchbase.Domain.Talent;

/// <summary>
/// The matchmaking path 推荐 → 联系 → 洽谈 → 签约. A step may skip ahead (a call can end in a signed agreement) but never goes
/// back; 婉拒 (declined) closes any open pairing; signed and declined pairings are final.
/// </summary>
public static class MatchWorkflow
{
    private static readonly MatchStage[] Path = [MatchStage.Recommended, MatchStage.Contacted, MatchStage.Meeting, MatchStage.Signed];

    public static bool IsClosed(MatchStage stage) => stage is MatchStage.Signed or MatchStage.Declined;

    /// <summary>Null when the move is allowed, else the reason code (match_closed, match_backwards).</summary>
    public static string? Check(MatchStage from, MatchStage to)
    {
        if (IsClosed(from)) return "match_closed";
        if (to == MatchStage.Declined) return null;
        return Array.IndexOf(Path, to) > Array.IndexOf(Path, from) ? null : "match_backwards";
    }

    /// <summary>Moves <paramref name="match"/> to <paramref name="to"/> on <paramref name="day"/>, filling the dates of the stages it passes.</summary>
    public static string? Advance(Matchmaking match, MatchStage to, DateOnly day, decimal? agreementAmountWan = null)
    {
        if (Check(match.Stage, to) is { } error) return error;
        if (to is MatchStage.Contacted or MatchStage.Meeting or MatchStage.Signed) match.ContactedOn ??= day;
        if (to is MatchStage.Meeting or MatchStage.Signed) match.MeetingOn ??= day;
        if (IsClosed(to)) match.ClosedOn = day;
        if (to == MatchStage.Signed) match.AgreementAmountWan = agreementAmountWan;
        match.Stage = to;
        return null;
    }
}

/// <summary>How far pairings got: each count includes those that went further (a signed pairing was also contacted).</summary>
public sealed record MatchFunnel(int Recommended, int Contacted, int Meeting, int Signed, int Declined, int SignedEnterprises, decimal AgreementAmountWan)
{
    public double SignRate => Recommended == 0 ? 0 : Math.Round((double)Signed / Recommended, 4);

    public static MatchFunnel Of(IEnumerable<(MatchStage Stage, DateOnly? ContactedOn, DateOnly? MeetingOn, Guid? EnterpriseId, decimal? AmountWan)> rows)
    {
        var list = rows.ToList();
        return new MatchFunnel(
            list.Count,
            list.Count(r => r.ContactedOn is not null),
            list.Count(r => r.MeetingOn is not null),
            list.Count(r => r.Stage == MatchStage.Signed),
            list.Count(r => r.Stage == MatchStage.Declined),
            list.Where(r => r.Stage == MatchStage.Signed && r.EnterpriseId is not null).Select(r => r.EnterpriseId).Distinct().Count(),
            list.Where(r => r.Stage == MatchStage.Signed).Sum(r => r.AmountWan ?? 0));
    }
}
