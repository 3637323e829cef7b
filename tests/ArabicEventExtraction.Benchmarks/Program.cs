using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ArabicEventExtraction.Benchmarks.StageBenchmarks).Assembly).Run(args);
