using Torchbase.Domain.Contest;

namespace Torchbase.Features.Contest;

/// <summary>Builds and edits the set-up rows of a contest.</summary>
public static class ContestFactory
{
    public static UnitContest FromTemplate(Guid zoneId, int year, string name, DateOnly? heldOn, out List<ContestCategory> categories)
    {
        var contest = new UnitContest
        {
            Id = Guid.CreateVersion7(), ZoneId = zoneId, Year = year, Name = name, HeldOn = heldOn, Status = ContestStatus.Setup,
            Method = ScoringMethod.TrimmedMean, TrimEach = 1, TieBreakers = ContestTemplate.TieBreakers, Aspects = [.. ContestTemplate.Aspects()],
        };
        categories = ContestTemplate.Categories.Select((category, i) => new ContestCategory
        {
            Id = Guid.CreateVersion7(), ZoneId = zoneId, ContestId = contest.Id, Name = category, SortOrder = i + 1, Prizes = [.. ContestTemplate.Prizes()],
        }).ToList();
        return contest;
    }

    /// <summary>Edits aspects in place by code (owned rows keyed by code must not be replaced by new instances).</summary>
    public static void SyncAspects(UnitContest contest, IReadOnlyList<AspectDto> input)
    {
        contest.Aspects.RemoveAll(a => input.All(i => i.Code != a.Code));
        for (var i = 0; i < input.Count; i++)
        {
            var dto = input[i];
            var aspect = contest.Aspects.FirstOrDefault(a => a.Code == dto.Code);
            if (aspect is null) contest.Aspects.Add(aspect = new ContestAspect { Code = dto.Code!, Name = "" });
            aspect.Name = dto.Name!.Trim();
            aspect.MaxScore = dto.MaxScore!.Value;
            aspect.Weight = dto.Weight!.Value;
            aspect.SortOrder = i + 1;
        }
    }

    public static void Apply(ContestCategory category, CategoryEdit input)
    {
        category.Name = input.Name!.Trim();
        if (input.SortOrder is { } order) category.SortOrder = order;
        var prizes = input.Prizes ?? [];
        category.Prizes.RemoveAll(p => p.Level > prizes.Length);
        for (var i = 0; i < prizes.Length; i++)
        {
            var prize = category.Prizes.FirstOrDefault(p => p.Level == i + 1);
            if (prize is null) category.Prizes.Add(prize = new PrizeRule { Level = i + 1, Name = "" });
            prize.Name = prizes[i].Name!.Trim();
            prize.Count = prizes[i].Count!.Value;
            prize.AmountWan = prizes[i].AmountWan!.Value;
        }
    }

    /// <summary>A changed line-up makes the category's draw stale: it is dropped (the audit log keeps it) and must be drawn again.</summary>
    public static void ForgetDraw(UnitContest contest, Guid categoryId) => contest.Draws.RemoveAll(d => d.CategoryId == categoryId);
}
