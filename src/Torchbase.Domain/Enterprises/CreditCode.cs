namespace Torchbase.Domain.Enterprises;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-symbol
/// alphabet (no I, O, S, V, Z), the last one a check character over the first 17.
/// </summary>
public static class CreditCode
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static CreditCodeProblem? Check(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return CreditCodeProblem.Missing;
        if (code.Length != Length) return CreditCodeProblem.WrongLength;
        foreach (var c in code)
            if (Alphabet.IndexOf(c) < 0) return CreditCodeProblem.InvalidCharacter;
        return CheckCharacter(code.AsSpan(0, Length - 1)) == code[^1] ? null : CreditCodeProblem.WrongCheckCharacter;
    }

    public static bool IsValid(string? code) => Check(code) is null;

    /// <summary>The check character for the first 17 characters (which must be in the alphabet).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != Length - 1) throw new ArgumentException("The body of a credit code has 17 characters.", nameof(body));
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var value = Alphabet.IndexOf(body[i]);
            if (value < 0) throw new ArgumentException($"'{body[i]}' is not a credit-code character.", nameof(body));
            sum += value * Weights[i];
        }
        var check = 31 - sum % 31;
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>Normalises user input: trims and upper-cases (codes are often typed in lower case).</summary>
    public static string Normalise(string code) => code.Trim().ToUpperInvariant();
}

public enum CreditCodeProblem { Missing, WrongLength, InvalidCharacter, WrongCheckCharacter }
