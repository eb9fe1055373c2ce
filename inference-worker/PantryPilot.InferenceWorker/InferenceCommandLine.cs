namespace PantryPilot.InferenceWorker;

/// <summary>The flags of `pantrypilot-inference`; anything else goes to the host as configuration
/// (e.g. --Inference:Provider=cuda).</summary>
public sealed record InferenceCommandLine(bool Help, bool Check, bool AllowFallback, string[] HostArgs, string? Error)
{
    public const string Usage = """
        Usage: pantrypilot-inference [--check [--allow-fallback]] [--help]

        The recipe model pool: loads the model once (ONNX Runtime GenAI) and serves GenerateRecipe and checkpoint
        evaluation on a Temporal task queue.

          (no flag)         connect to TEMPORAL_ADDRESS (retrying while the server is unreachable) and poll
                            TEMPORAL_TASK_QUEUE (default recipe-inference, the queue the recipe-model workflow uses)
          --check           load the model, print the health line, generate a few tokens and exit; exit 3 when the
                            execution provider obtained is not the one requested (Inference:Provider)
          --allow-fallback  with --check: accept a fallback (e.g. requested cuda, got cpu) and exit 0
          --help, -h        this text

        Configuration (environment; the names of `pantrypilot worker`; the connection read as the Temporal CLI does):
          TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TEMPORAL_TLS, TEMPORAL_TLS_CLIENT_CERT_PATH,
          TEMPORAL_TLS_CLIENT_KEY_PATH, TEMPORAL_TLS_SERVER_CA_CERT_PATH, TEMPORAL_TLS_SERVER_NAME,
          TEMPORAL_GRPC_META_*, TEMPORAL_PROFILE and TEMPORAL_CONFIG_FILE (temporal.toml profiles), TEMPORAL_TASK_QUEUE,
          PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES (activity slots and generation gate; default Inference:MaxConcurrentActivities, 2),
          PANTRYPILOT_DATA_ROOT (where data locations in requests resolve; default the working directory),
          PANTRYPILOT_MODEL_PATH or Inference__ModelPath, Inference__Provider (auto|cpu|cuda|coreml), Inference__... (see inference-worker/README.md)
        """;

    public static InferenceCommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        bool help = false, check = false, allowFallback = false;
        var rest = new List<string>();
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--help" or "-h" or "-?" or "/?":
                    help = true;
                    break;
                case "--check":
                    check = true;
                    break;
                case "--allow-fallback":
                    allowFallback = true;
                    break;
                default:
                    rest.Add(arg);
                    break;
            }
        }

        // Other arguments are configuration and must read --Key=value; anything else is a typo worth saying so.
        var error = rest.FirstOrDefault(
            a => !a.StartsWith("--", StringComparison.Ordinal)
                || !a.Contains('=', StringComparison.Ordinal)) is { } stray
            ? $"unknown argument '{stray}' (flags: --check, --allow-fallback, --help; configuration: --Key=value)"
            : allowFallback && !check ? "--allow-fallback applies only with --check" : null;
        return new(help, check, allowFallback, [.. rest], error);
    }
}
