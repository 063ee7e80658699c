using Torchbase.Domain.Common;

namespace Torchbase.Domain.Projects;

/// <summary>A zone's own tour-scoring criterion (月观摩评分项): the zone sets names and weights; defaults come from the rule file.</summary>
public sealed class RatingCriterionSetting : IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public decimal Weight { get; set; }
    public decimal MaxScore { get; set; } = 100;
    public int SortOrder { get; set; }
}
