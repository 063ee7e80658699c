using System.Globalization;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Tests.Enterprises;

public class CreditCodeTests
{
    // Codes as published on national enterprise credit records; their check characters are the official ones.
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000802100433B")]
    [InlineData("91440300708461136T")]
    public void Published_codes_are_valid(string code) => Assert.Null(CreditCode.Check(code));

    [Theory]
    [InlineData(null, CreditCodeProblem.Missing)]
    [InlineData("  ", CreditCodeProblem.Missing)]
    [InlineData("91350100M000100Y4", CreditCodeProblem.WrongLength)]
    [InlineData("91350100M000100Y433", CreditCodeProblem.WrongLength)]
    [InlineData("91350100M0001O0Y43", CreditCodeProblem.InvalidCharacter)] // letter O is not used
    [InlineData("91350100m000100Y43", CreditCodeProblem.InvalidCharacter)] // lower case before normalising
    [InlineData("91350100M000100Y44", CreditCodeProblem.WrongCheckCharacter)]
    [InlineData("91350100M000101Y43", CreditCodeProblem.WrongCheckCharacter)]
    public void Problems_are_named(string? code, CreditCodeProblem expected) => Assert.Equal(expected, CreditCode.Check(code));

    [Fact]
    public void Every_single_character_change_in_the_body_is_caught()
    {
        const string valid = "91350100M000100Y43";
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (var i = 0; i < 17; i++)
            foreach (var c in alphabet.Where(c => c != valid[i]))
            {
                var mutated = valid[..i] + c + valid[(i + 1)..];
                Assert.Equal(CreditCodeProblem.WrongCheckCharacter, CreditCode.Check(mutated));
            }
    }

    [Fact]
    public void Check_character_31_maps_to_zero()
    {
        // Search a body whose weighted sum is a multiple of 31: its check character must be '0'.
        var body = Enumerable.Range(0, 100_000).Select(n => "9141040000000" + n.ToString("D4", CultureInfo.InvariantCulture))
            .First(b => b.Select((c, i) => (c - '0') * new[] { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 }[i]).Sum() % 31 == 0);
        Assert.Equal('0', CreditCode.CheckCharacter(body));
        Assert.True(CreditCode.IsValid(body + "0"));
    }

    [Fact]
    public void Normalise_trims_and_upper_cases() => Assert.Equal("91350100M000100Y43", CreditCode.Normalise(" 91350100m000100y43 "));
}
