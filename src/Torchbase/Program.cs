using Torchbase;
using Torchbase.Data;

// torchbase [serve] | seed | migrate — see README. Composition only: every piece is wired in its own file.
var command = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "serve";
var builder = WebApplication.CreateBuilder(args.Where(a => a != command).ToArray());
builder.Services.AddTorchbase(builder.Configuration);

var app = builder.Build();
switch (command)
{
    case "serve":
        await app.PrepareDatabaseAsync();
        app.UseTorchbase();
        app.Lifetime.ApplicationStarted.Register(() => app.PrintWelcome());
        await app.RunAsync();
        return 0;
    case "migrate":
        await app.PrepareDatabaseAsync(loadDemo: false);
        return 0;
    case "seed":
        await app.PrepareDatabaseAsync(loadDemo: true);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown command '{command}'. Use: serve | migrate | seed");
        return 2;
}

public partial class Program;
