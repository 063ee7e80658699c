namespace Torchbase.Domain.Talent;

/// <summary>
/// Splits Chinese (and mixed) text into index terms without a dictionary: every run of Han characters gives its
/// character bigrams (a one-character run gives itself), every run of Latin letters or digits gives one lower-cased word.
/// Bigrams are what make "改性尼龙" match "尼龙改性" and "尼龙66" without word segmentation.
/// </summary>
public static class TextTerms
{
    public static IEnumerable<string> Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsHan(c))
            {
                var start = i;
                while (i < text.Length && IsHan(text[i])) i++;
                if (i - start == 1) yield return text.Substring(start, 1);
                for (var j = start; j + 1 < i; j++) yield return text.Substring(j, 2);
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiLetterOrDigit(text[i])) i++;
                yield return text[start..Math.Min(i, start + 64)].ToLowerInvariant();
            }
            else i++;
        }
    }

    /// <summary>A term as a span of a buffer: valid only during the call.</summary>
    public delegate void TermHandler(ReadOnlySpan<char> term);

    /// <summary>The same terms as <see cref="Of"/> without allocating a string per term: the index's hot path.</summary>
    public static void ForEach(string? text, TermHandler handle)
    {
        if (string.IsNullOrEmpty(text)) return;
        Span<char> lower = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsHan(c))
            {
                var start = i;
                while (i < text.Length && IsHan(text[i])) i++;
                if (i - start == 1) handle(text.AsSpan(start, 1));
                for (var j = start; j + 1 < i; j++) handle(text.AsSpan(j, 2));
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiLetterOrDigit(text[i])) i++;
                var word = text.AsSpan(start, Math.Min(i - start, lower.Length));
                var length = word.ToLowerInvariant(lower);
                handle(lower[..length]);
            }
            else i++;
        }
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>Keywords as people type them: separated by spaces, commas, 、，；or semicolons; trimmed, distinct, in order.</summary>
    public static List<string> SplitKeywords(string? text) =>
        string.IsNullOrWhiteSpace(text) ? []
            : text.Split([' ', ',', '，', '、', ';', '；', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
