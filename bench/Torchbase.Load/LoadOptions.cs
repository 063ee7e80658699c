using System.Globalization;

namespace Torchbase.Load;

public sealed record LoadOptions(string Url, int Seconds, int Workers, string Scenario, int? Pid, string? Output, string Password,
    int Rows = 100_000, string? Label = null, int Rounds = 10)
{
    public static LoadOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != $"--{name}").Skip(1).FirstOrDefault();
        return new LoadOptions(
            Value("url") ?? "http://127.0.0.1:5090",
            int.Parse(Value("seconds") ?? "60", CultureInfo.InvariantCulture),
            int.Parse(Value("workers") ?? "16", CultureInfo.InvariantCulture),
            Value("scenario") ?? "mix",
            Value("pid") is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            Value("out"),
            Value("password") ?? "Demo@12345",
            int.Parse(Value("rows") ?? "100000", CultureInfo.InvariantCulture),
            Value("label"),
            int.Parse(Value("rounds") ?? "10", CultureInfo.InvariantCulture));
    }
}
