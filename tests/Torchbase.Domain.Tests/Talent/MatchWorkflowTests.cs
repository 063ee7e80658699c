using Torchbase.Domain.Talent;

namespace Torchbase.Domain.Tests.Talent;

public class MatchWorkflowTests
{
    [Theory]
    [InlineData(MatchStage.Recommended, MatchStage.Contacted, null)]
    [InlineData(MatchStage.Recommended, MatchStage.Signed, null)]
    [InlineData(MatchStage.Contacted, MatchStage.Meeting, null)]
    [InlineData(MatchStage.Meeting, MatchStage.Signed, null)]
    [InlineData(MatchStage.Meeting, MatchStage.Declined, null)]
    [InlineData(MatchStage.Meeting, MatchStage.Contacted, "match_backwards")]
    [InlineData(MatchStage.Contacted, MatchStage.Contacted, "match_backwards")]
    [InlineData(MatchStage.Signed, MatchStage.Declined, "match_closed")]
    [InlineData(MatchStage.Declined, MatchStage.Contacted, "match_closed")]
    public void Moves_go_forward_or_decline_until_closed(MatchStage from, MatchStage to, string? expected) =>
        Assert.Equal(expected, MatchWorkflow.Check(from, to));

    [Fact]
    public void Signing_straight_from_a_recommendation_fills_the_dates_it_passed()
    {
        var day = new DateOnly(2026, 11, 23);
        var match = new Matchmaking { Stage = MatchStage.Recommended };
        Assert.Null(MatchWorkflow.Advance(match, MatchStage.Signed, day, 30m));
        Assert.Equal((day, day, day, 30m), (match.ContactedOn!.Value, match.MeetingOn!.Value, match.ClosedOn!.Value, match.AgreementAmountWan!.Value));
    }

    [Fact]
    public void A_refused_move_changes_nothing()
    {
        var match = new Matchmaking { Stage = MatchStage.Declined };
        Assert.Equal("match_closed", MatchWorkflow.Advance(match, MatchStage.Signed, new DateOnly(2026, 1, 1), 5m));
        Assert.Equal((MatchStage.Declined, (decimal?)null), (match.Stage, match.AgreementAmountWan));
    }

    [Fact]
    public void The_funnel_counts_each_pairing_at_every_stage_it_reached()
    {
        var day = new DateOnly(2026, 5, 1);
        var a = Guid.NewGuid();
        var funnel = MatchFunnel.Of([
            (MatchStage.Recommended, null, null, a, null),
            (MatchStage.Contacted, day, null, a, null),
            (MatchStage.Signed, day, day, a, 20m),
            (MatchStage.Signed, day, day, a, 10m),
            (MatchStage.Declined, day, null, Guid.NewGuid(), null),
        ]);
        Assert.Equal(new MatchFunnel(5, 4, 2, 2, 1, 1, 30m), funnel);
        Assert.Equal(0.4, funnel.SignRate);
    }
}
