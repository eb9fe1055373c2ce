using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using PantryPilot.Activities.Households;
using PantryPilot.Cli.Households;
using PantryPilot.Client;
using PantryPilot.Contracts.Households;
using Spectre.Console;

namespace PantryPilot.Benchmarks.Households;

/// <summary>N households x M mixed updates (profile, purchases, consumes, discards) through 2 workers on one store.
/// Each household's updates go in order through whichever worker takes the household; the other worker sends every one
/// of them a second time at the same moment (a duplicate delivery). The driver's own arithmetic is the oracle: every
/// household must end with exactly what was bought less what was used and thrown away, and hold exactly one request
/// row per update sent.</summary>
public static class MixedUpdates
{
    public static async Task<int> RunAsync(IConfiguration configuration, string folder, int households, int updates)
    {
        var expected = new ConcurrentDictionary<string, double>();
        var work = new ConcurrentQueue<string>(Enumerable.Range(1, households).Select(i => $"MIX{i:D4}"));
        await using var first = await InProcessHouseholdCalls.OpenAsync(configuration, folder, CancellationToken.None);
        await using var second = await InProcessHouseholdCalls.OpenAsync(configuration, folder, CancellationToken.None);
        var sent = 0;
        var refused = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Worker(first, second), Worker(second, first));
        var elapsed = clock.Elapsed;

        async Task Worker(IHouseholdCalls mine, IHouseholdCalls other)
        {
            while (work.TryDequeue(out var id))
            {
                var held = 0.0;
                for (var u = 0; u < updates; u++)
                {
                    Func<IHouseholdCalls, Task> send;
                    double change;
                    var rid = $"{id}-u{u}";
                    switch (u % 5)
                    {
                        case 0:
                            send = c => c.RecordPurchaseAsync(id, new RecordPurchaseRequest(rid, [new("rice", 1000 + u, "g")]));
                            change = 1000 + u;
                            break;
                        case 1:
                            send = c => c.SetProfileAsync(id, new SetProfileRequest(rid, HouseholdProfile.Empty with { Diets = ["vegetarian"], HouseholdSize = 1 + (u % 4) }));
                            change = 0;
                            break;
                        case 2:
                        case 3:
                            send = c => c.ConsumeAsync(id, new ConsumeRequest(rid, [new("rice", 0.25, "kg")]));
                            change = -250;
                            break;
                        default:
                            send = c => c.DiscardAsync(id, new DiscardRequest(rid, [new("rice", 10, "g")], "spilled"));
                            change = -10;
                            break;
                    }

                    // The same update from both workers at once: it must apply once.
                    var results = await Task.WhenAll(Try(() => send(mine)), Try(() => send(other)));
                    Interlocked.Add(ref sent, 2);
                    Interlocked.Add(ref refused, results.Count(r => !r));
                    if (results.Any(r => r))
                    {
                        held += change;
                    }
                }

                expected[id] = held;
            }
        }

        var (wrongStock, wrongRequests) = await CheckAsync(folder, expected, updates);
        var applied = households * updates;
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"{households} households x {updates} mixed updates, 2 workers, each update sent twice at once: {applied:N0} applied in {elapsed.TotalSeconds:F1} s = {applied / elapsed.TotalSeconds:F0} updates/s ({sent / elapsed.TotalSeconds:F0} deliveries/s); {refused} deliveries refused");
        AnsiConsole.MarkupLineInterpolated($"lost or doubled: {wrongStock} households with wrong stock, {wrongRequests} with a request count other than {updates}");
        return wrongStock == 0 && wrongRequests == 0 && refused == 0 ? 0 : 3;
    }

    private static async Task<bool> Try(Func<Task> send)
    {
        try
        {
            await send();
            return true;
        }
        catch (HouseholdException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return false;
        }
    }

    /// <summary>Reads the store with plain SQL: stock per household and request rows, against the driver's counts.</summary>
    private static async Task<(int WrongStock, int WrongRequests)> CheckAsync(string folder, IReadOnlyDictionary<string, double> expected, int updates)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, EmbeddedHouseholdStore.FileName)}");
        await connection.OpenAsync();
        var (wrongStock, wrongRequests) = (0, 0);
        foreach (var (id, held) in expected)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT (SELECT coalesce(sum(quantity), 0) FROM inventory WHERE user_id = $h), (SELECT count(*) FROM household_requests WHERE household_id = $h)";
            command.Parameters.AddWithValue("$h", id);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            wrongStock += Math.Abs(reader.GetDouble(0) - held) > 1e-6 ? 1 : 0;
            wrongRequests += reader.GetInt64(1) == updates ? 0 : 1;
        }

        return (wrongStock, wrongRequests);
    }
}
