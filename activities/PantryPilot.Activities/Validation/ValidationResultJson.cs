using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PantryPilot.Domain.Expectations;
using PantryPilot.Domain.Json;

namespace PantryPilot.Activities.Validation;

/// <summary>The validation result as Great Expectations writes it (success, statistics, results[] with
/// expectation_config and result), plus a <c>pantrypilot</c> block with the run, policy and row routing.</summary>
public static class ValidationResultJson
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = ReadableJson.Encoder
    };

    public static JsonObject Build(
        string runId,
        string asOf,
        string table,
        string rawPath,
        TableValidation validation,
        DateTime evaluatedAt)
    {
        var result = validation.Result;
        var results = new JsonArray();
        foreach (var r in result.Results)
        {
            var detail = new JsonObject
            {
                ["element_count"] = r.ElementCount,
                ["missing_count"] = r.MissingCount,
                ["missing_percent"] = r.ElementCount == 0 ? null : 100.0 * r.MissingCount / r.ElementCount,
                ["unexpected_count"] = r.UnexpectedCount,
                ["unexpected_percent"] = r.UnexpectedPercent,
                ["partial_unexpected_list"] = new JsonArray(r.PartialUnexpectedList
                    .Select(s => (JsonNode)new JsonObject { ["value"] = s.Value, ["source_row"] = s.SourceRow })
                    .ToArray()),
            };
            if (r.ObservedValue is not null)
            {
                detail["observed_value"] = r.ObservedValue;
            }

            results.Add(new JsonObject
            {
                ["success"] = r.Success,
                ["expectation_config"] = r.Config.ToJson(),
                ["result"] = detail,
                ["exception_info"] = new JsonObject
                {
                    ["raised_exception"] = r.Error is not null,
                    ["exception_message"] = r.Error,
                },
                ["pantrypilot"] = new JsonObject { ["row_level"] = r.RowLevel, ["unsupported"] = r.Unsupported },
            });
        }

        var evaluated = result.Evaluated;
        return new JsonObject
        {
            ["success"] = result.Success,
            ["statistics"] = new JsonObject
            {
                ["evaluated_expectations"] = evaluated,
                ["successful_expectations"] = evaluated - result.Failed,
                ["unsuccessful_expectations"] = result.Failed,
                ["success_percent"] = evaluated == 0 ? 100.0 : 100.0 * (evaluated - result.Failed) / evaluated,
            },
            ["results"] = results,
            ["meta"] = new JsonObject
            {
                ["expectation_suite_name"] = result.SuiteName,
                ["run_id"] = new JsonObject { ["run_name"] = runId, ["run_time"] = Iso(evaluatedAt) },
                ["batch_kwargs"] = new JsonObject { ["path"] = rawPath, ["table"] = table },
                ["validation_time"] = Iso(evaluatedAt),
            },
            ["pantrypilot"] = new JsonObject
            {
                ["run_id"] = runId,
                ["as_of"] = asOf,
                ["table"] = table,
                ["suite"] = result.SuiteName,
                ["policy"] = validation.PolicyApplied.ToString().ToLowerInvariant(),
                ["rows"] = validation.RowsIn,
                ["rows_valid"] = validation.RowsValid,
                ["rows_quarantined"] = validation.RowsQuarantined,
                ["quarantine_path"] = validation.QuarantinePath,
                ["evaluated_at"] = Iso(evaluatedAt),
            },
        };
    }

    public static async Task WriteAsync(string path, JsonObject json)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temp, json.ToJsonString(Indented));
        File.Move(temp, path, overwrite: true);
    }

    // ms: two runs in one second keep their own history lines
    private static string Iso(DateTime t)
        => t.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
