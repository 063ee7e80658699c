using Torchbase.Domain.Contest;

namespace Torchbase.Domain.Tests.Contest;

public class OrderDrawTests
{
    private static readonly string[] Units = ["经济发展局", "科技创新局", "财政金融局", "电气装备产业园区", "尼龙新材料产业园区", "党群工作部", "遵化店镇"];

    [Fact]
    public void The_same_seed_gives_the_same_order()
    {
        var first = OrderDraw.Shuffle(Units, 0x1234_5678_9abc_def0UL);
        Assert.Equal(first, OrderDraw.Shuffle(Units, 0x1234_5678_9abc_def0UL));
        Assert.True(OrderDraw.Verify(Units, 0x1234_5678_9abc_def0UL, first));
    }

    [Fact]
    public void The_recorded_algorithm_is_pinned_a_change_of_code_that_alters_old_draws_fails_here()
    {
        // Cross-checked against an independent Python SplitMix64 + Fisher–Yates. If this fails, past draws no longer
        // replay: give the algorithm a new version instead of changing v1.
        Assert.Equal(["财政金融局", "尼龙新材料产业园区", "遵化店镇", "经济发展局", "电气装备产业园区", "科技创新局", "党群工作部"],
            OrderDraw.Shuffle(Units, 42));
    }

    [Fact]
    public void A_draw_is_a_permutation_and_different_seeds_differ()
    {
        var orders = Enumerable.Range(0, 50).Select(s => string.Join("|", OrderDraw.Shuffle(Units, (ulong)s))).ToHashSet();
        Assert.True(orders.Count > 40);
        Assert.All(orders, o => Assert.Equal(Units.Order(), o.Split('|').Order()));
    }

    [Fact]
    public void Every_unit_opens_about_as_often()
    {
        var firsts = new int[Units.Length];
        for (ulong seed = 0; seed < 7000; seed++) firsts[Array.IndexOf(Units, OrderDraw.Shuffle(Units, seed)[0])]++;
        Assert.All(firsts, count => Assert.InRange(count, 850, 1150));
    }

    [Fact]
    public void A_tampered_result_does_not_verify()
    {
        var order = OrderDraw.Shuffle(Units, 7).ToArray();
        (order[0], order[1]) = (order[1], order[0]);
        Assert.False(OrderDraw.Verify(Units, 7, order));
    }

    [Theory]
    [InlineData(0UL, "0000000000000000")]
    [InlineData(0xdeadbeefUL, "00000000deadbeef")]
    public void Seeds_are_recorded_as_sixteen_hex_digits(ulong seed, string text)
    {
        Assert.Equal(text, OrderDraw.FormatSeed(seed));
        Assert.True(OrderDraw.TryParseSeed(text, out var back));
        Assert.Equal(seed, back);
    }
}
