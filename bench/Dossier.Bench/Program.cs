using BenchmarkDotNet.Running;

// Run all benchmarks, or pick with --filter (BenchmarkDotNet's switcher), e.g.:
//   dotnet run -c Release --project bench/Dossier.Bench -- --filter '*Tokenizer*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
