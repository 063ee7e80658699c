using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Torchbase.Benchmarks -- --filter '*'   (or a class name, e.g. '*Eligibility*')
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
