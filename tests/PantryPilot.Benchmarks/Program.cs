using PantryPilot.Benchmarks.Pipeline;

// `pipeline`: the data pipeline against raw PostgreSQL COPY; `stage`: one file-to-file stage; `ingest-read`: the PostgreSQL table reader alone; `inference`: the recipe activity against the raw generation loop; `recipe-model`: template teacher and filter throughput; `forecast-backtest`: forecast accuracy against naive baselines.
return args.FirstOrDefault() switch
{
    "pipeline" => await PipelineBenchmark.RunAsync(args[1..]),
    "stage" => await StageBenchmark.RunAsync(args[1..]),
    "ingest-read" => await IngestReadBenchmark.RunAsync(args[1..]),
    "inference" => await PantryPilot.Benchmarks.Inference.InferenceBenchmark.RunAsync(args[1..]),
    "recipe-model" => await PantryPilot.Benchmarks.RecipeModel.RecipeModelBenchmark.RunAsync(args[1..]),
    "evaluation" => await PantryPilot.Benchmarks.Training.ModelTrainingBenchmark.EvaluationAsync(args[1..]),
    "forecast-backtest" => await PantryPilot.Benchmarks.Forecasting.ForecastBacktest.RunAsync(args[1..]),
    "supervisor" => await PantryPilot.Benchmarks.Training.ModelTrainingBenchmark.SupervisorAsync(args[1..]),
    "households" => await PantryPilot.Benchmarks.Households.HouseholdBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project tests/PantryPilot.Benchmarks -- pipeline [--inventory 1000000] [--purchases 5000000] [--data-dir DIR] [--skip-load]
               dotnet run -c Release --project tests/PantryPilot.Benchmarks -- stage validate|transform|anomalies|reports [--data-dir DIR]
               dotnet run -c Release --project tests/PantryPilot.Benchmarks -- ingest-read [--inventory] [--legacy]   (read-only)
               dotnet run -c Release --project tests/PantryPilot.Benchmarks -- inference [--iterations N] [--tokens N]
               dotnet run -c Release --project tests/PantryPilot.Benchmarks -- recipe-model [--samples 5000] [--seed 7] [--rounds 3] [--stages] [--out DIR]
               dotnet run -c Release --project tests/PantryPilot.Benchmarks -- evaluation [--samples 100] [--parallel 2] [--max-tokens 64]
               dotnet run -c Release --project tests/PantryPilot.Benchmarks -- supervisor [--iterations 10956] [--runs 3]
               dotnet run -c Release --project tests/PantryPilot.Benchmarks -- forecast-backtest [--family report|tune] [--purchases-csv PATH [--truth TRUTH.csv] [--only-csv]] [--users 400] [--out DIR]
               dotnet run -c Release --project tests/PantryPilot.Benchmarks -- households [--iterations 30] [--households 100] [--updates 10]
        `pipeline` and `ingest-read` use their own database: PANTRYPILOT_BENCH_DATABASE_URL, else pantrypilot_bench on
        127.0.0.1 (`bash scripts/ensure-postgres.sh bench` creates it); never DATABASE_URL.
        """);
    return 2;
}
