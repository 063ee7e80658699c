namespace Torchbase.Tests;

/// <summary>Assertions that cannot pass on nothing.</summary>
public static class Checks
{
    /// <summary>
    /// Assert.All that fails on an empty list: a filter that returned nothing, or a list whose data another test was
    /// expected to make, would otherwise pass without checking a single item.
    /// </summary>
    public static void AssertAllNonEmpty<T>(IEnumerable<T> items, Action<T> check)
    {
        var list = items.ToList();
        Assert.NotEmpty(list);
        Assert.All(list, check);
    }
}
