using System.Globalization;
using System.Text;

namespace Torchbase.Domain.Enterprises;

/// <summary>
/// Name search that works for Chinese: a name is indexed as its single characters and its pairs of neighbouring
/// characters (平顶山高新 → 平 顶 山 高 新 平顶 顶山 山高 高新), so a query of one or two characters is found by the index as a
/// longer one is; a query matches when every pair of it is in the name, and the database then checks the name really
/// contains the query as typed. Letters are lower-cased; spaces and punctuation separate runs and are not indexed.
/// </summary>
public static class NameSearch
{
    /// <summary>The name's grams, each once, separated by spaces: what the search column holds.</summary>
    public static string Grams(string? name)
    {
        var grams = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var run in Runs(name))
        {
            for (var i = 0; i < run.Count; i++)
            {
                grams.Add(run[i]);
                if (i + 1 < run.Count) grams.Add(run[i] + run[i + 1]);
            }
        }
        return string.Join(' ', grams);
    }

    /// <summary>
    /// The grams a name must hold to contain the query: the pairs of each run, or the character of a one-character run.
    /// Empty when the query has no letter or digit (then no index can help and the search falls back to a scan).
    /// </summary>
    public static IReadOnlyList<string> QueryGrams(string? query)
    {
        var grams = new List<string>();
        foreach (var run in Runs(query))
        {
            if (run.Count == 1) grams.Add(run[0]);
            for (var i = 0; i + 1 < run.Count; i++) grams.Add(run[i] + run[i + 1]);
        }
        return grams.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The runs of letters and digits, as text elements (a character outside the basic plane stays whole), lower-cased.</summary>
    private static IEnumerable<List<string>> Runs(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var run = new List<string>();
        var elements = StringInfo.GetTextElementEnumerator(text.Normalize(NormalizationForm.FormKC));
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            if (Rune.TryGetRuneAt(element, 0, out var rune) && Rune.IsLetterOrDigit(rune))
            {
                run.Add(element.ToLowerInvariant());
                continue;
            }
            if (run.Count > 0) yield return run;
            run = [];
        }
        if (run.Count > 0) yield return run;
    }
}
