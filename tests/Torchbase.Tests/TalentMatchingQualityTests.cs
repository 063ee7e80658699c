using Torchbase.Demo;
using Torchbase.Domain.Talent;
using Xunit.Abstractions;

namespace Torchbase.Tests;

/// <summary>
/// Matching quality on the demo libraries. Labels come from the demo generator's ground truth: a demand and an expert
/// are a relevant pair when the generator wrote both from the same research topic. Several seeds, so the weights are
/// not tuned to one draw.
/// </summary>
public class TalentMatchingQualityTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(2026)]
    [InlineData(7)]
    [InlineData(12345)]
    public void Precision_at_5_on_the_labelled_demo_set_is_at_least_0_6(int seed)
    {
        var (experts, demands) = TalentCorpus.Sample(new Random(seed), experts: 260, demands: 90);
        var ids = experts.Select((_, i) => Guid.CreateVersion7()).ToArray();
        var topicOf = ids.Select((id, i) => (id, experts[i].Topic)).ToDictionary(x => x.id, x => x.Topic);
        var index = new MatchIndex(experts.Select((e, i) => new MatchDocument(ids[i], e.Summary + e.Achievements, e.Keywords, e.Fields)), Glossary.Shipped);

        var labelledPairs = demands.Sum(d => experts.Count(e => e.Topic == d.Topic));
        Assert.True(labelledPairs >= 50, $"only {labelledPairs} labelled pairs");

        var precisions = demands.Select(d =>
        {
            var top = index.Match(new MatchDocument(Guid.NewGuid(), d.Title + "。" + d.Problem, d.Keywords, [d.Field]), top: 5);
            return top.Count(r => topicOf[r.Id] == d.Topic) / 5.0;
        }).ToList();
        var precision = precisions.Average();
        output.WriteLine($"seed {seed}: precision@5 = {precision:F3} over {demands.Count} demands, {labelledPairs} labelled relevant pairs");
        Assert.True(precision >= 0.6, $"precision@5 = {precision:F3}");
    }

    [Fact]
    public void No_expert_is_listed_on_the_strength_of_the_field_alone()
    {
        // The old matcher padded every list to ten with same-field experts; now each listed expert shares a whole term or clearly alike text.
        var (experts, demands) = TalentCorpus.Sample(new Random(2026), experts: 260, demands: 90);
        var index = new MatchIndex(experts.Select(e => new MatchDocument(Guid.CreateVersion7(), e.Summary + e.Achievements, e.Keywords, e.Fields)),
            Glossary.Shipped);
        var listed = demands.SelectMany(d => index.Match(new MatchDocument(Guid.NewGuid(), d.Title + d.Problem, d.Keywords, [d.Field]), 10)).ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, r => Assert.True(r.KeywordOverlap > 0 || r.TextSimilarity >= MatchWeights.Default.TextAlone, $"{r.Id}: {r}"));
        output.WriteLine($"{listed.Count} experts listed for {demands.Count} demands (at most {demands.Count * 10})");
    }
}
