using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <param name="ValidShare">Share of each dietary-tag stratum written to valid.jsonl (0.1 = the original's
/// 90/10).</param>
/// <param name="TestShare">Optional share written to test.jsonl (0 = no test file).</param>
public sealed record SplitOptions(double ValidShare = 0.1, double TestShare = 0, SplitFormat Format = SplitFormat.Chat);
