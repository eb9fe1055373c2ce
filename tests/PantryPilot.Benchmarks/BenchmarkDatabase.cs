namespace PantryPilot.Benchmarks;

/// <summary>The benchmarks' own database, so a benchmark (which empties and reloads the tables) never touches a user's
/// data or the tests': <c>PANTRYPILOT_BENCH_DATABASE_URL</c>, else <c>pantrypilot_bench</c> on the local server, which
/// <c>bash scripts/ensure-postgres.sh bench</c> creates. DATABASE_URL (the user's database) is never read here.</summary>
public static class BenchmarkDatabase
{
    public const string Variable = "PANTRYPILOT_BENCH_DATABASE_URL";

    public const string DefaultUrl = "postgres://pantrypilot:pantrypilot@127.0.0.1:5432/pantrypilot_bench";

    public static string Url => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url : DefaultUrl;
}
