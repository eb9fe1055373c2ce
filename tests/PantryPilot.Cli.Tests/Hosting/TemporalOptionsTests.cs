using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PantryPilot.Cli.Hosting;
using PantryPilot.Domain.Storage;
using PantryPilot.Hosting;
using PantryPilot.InferenceWorker;
using Temporalio.Client;
using Temporalio.Extensions.Hosting;

namespace PantryPilot.Cli.Tests.Hosting;

/// <summary>The one Temporal configuration: names, defaults, validation messages and what reaches the workers.
/// Expected names and values are written out here by hand, not taken from the code under test.</summary>
public class TemporalOptionsTests
{
    [Fact]
    public void Read_OnlyAddress_UsesTheDefaults()
    {
        var o = Config(("TEMPORAL_ADDRESS", "localhost:7233")).ReadTemporalOptions(TemporalDefaults.PipelineWorker);

        Assert.Equal("localhost:7233", o.Address);
        Assert.Equal("default", o.Namespace);
        Assert.Equal("pantry-pipeline", o.TaskQueue);
        Assert.Equal(8, o.ActivitySlots);
        Assert.False(o.UsesTls);
        Assert.Equal("http://localhost:8233/namespaces/default/workflows/pantry-pipeline-2026-03-01", o.WorkflowUrl("pantry-pipeline-2026-03-01"));
    }

    [Fact]
    public void Read_EveryVariableFromTheEnvironment_BindsEachName()
    {
        // Real environment variables, under a prefix of this test's own so parallel tests and child processes never see them.
        var prefix = $"PPTEST_{Guid.NewGuid():N}_";
        var dir = CliRunner_TempDir();
        var (cert, key, ca) = (Write(dir, "c.pem", "CERT"), Write(dir, "k.pem", "KEY"), Write(dir, "ca.pem", "CA"));
        var values = new Dictionary<string, string>
        {
            ["TEMPORAL_ADDRESS"] = "temporal.internal:7443",
            ["TEMPORAL_NAMESPACE"] = "pantry-prod",
            ["TEMPORAL_TASK_QUEUE"] = "pantry-pipeline-eu",
            ["TEMPORAL_TLS"] = "true",
            ["TEMPORAL_TLS_CLIENT_CERT_PATH"] = cert,
            ["TEMPORAL_TLS_CLIENT_KEY_PATH"] = key,
            ["TEMPORAL_TLS_SERVER_CA_CERT_PATH"] = ca,
            ["TEMPORAL_TLS_SERVER_NAME"] = "temporal.example",
            ["PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES"] = "17",
            ["TEMPORAL_UI_URL"] = "https://ui.example/",
        };
        try
        {
            foreach (var (name, value) in values)
            {
                Environment.SetEnvironmentVariable(prefix + name, value);
            }

            var o = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build().ReadTemporalOptions(TemporalDefaults.PipelineWorker);

            Assert.Equal("temporal.internal:7443", o.Address);
            Assert.Equal("pantry-prod", o.Namespace);
            Assert.Equal("pantry-pipeline-eu", o.TaskQueue);
            Assert.True(o.UsesTls);
            Assert.Equal(cert, o.Connection.Tls!.ClientCert!.Path);
            Assert.Equal(key, o.Connection.Tls.ClientPrivateKey!.Path);
            Assert.Equal(ca, o.Connection.Tls.ServerRootCACert!.Path);
            Assert.Equal("temporal.example", o.Connection.Tls.ServerName);
            Assert.Equal(17, o.ActivitySlots);
            Assert.Equal("https://ui.example/namespaces/pantry-prod/workflows/x", o.WorkflowUrl("x"));

            var connect = new TemporalClientConnectOptions();
            o.ApplyTo(connect);
            Assert.Equal("temporal.internal:7443", connect.TargetHost);
            Assert.Equal("pantry-prod", connect.Namespace);
            Assert.Equal("CERT"u8.ToArray(), connect.Tls!.ClientCert);
            Assert.Equal("KEY"u8.ToArray(), connect.Tls.ClientPrivateKey);
            Assert.Equal("CA"u8.ToArray(), connect.Tls.ServerRootCACert);
            Assert.Equal("temporal.example", connect.Tls.Domain);
        }
        finally
        {
            foreach (var name in values.Keys)
            {
                Environment.SetEnvironmentVariable(prefix + name, null);
            }
        }
    }

    [Fact]
    public void Read_ApiKeyFromTheEnvironment_IsBoundAndSent()
    {
        // TEMPORAL_API_KEY cannot sit beside the mTLS certificate above (that is refused), so it has its own run.
        var prefix = $"PPTEST_{Guid.NewGuid():N}_";
        try
        {
            Environment.SetEnvironmentVariable(prefix + "TEMPORAL_ADDRESS", "eu-west-1.aws.api.temporal.io:7233");
            Environment.SetEnvironmentVariable(prefix + "TEMPORAL_API_KEY", "key-from-env");

            var o = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build().ReadTemporalOptions(TemporalDefaults.Client);
            var connect = new TemporalClientConnectOptions();
            o.ApplyTo(connect);

            Assert.Equal("key-from-env", connect.ApiKey);
            Assert.NotNull(connect.Tls);
            Assert.Null(connect.Tls.ClientCert);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "TEMPORAL_ADDRESS", null);
            Environment.SetEnvironmentVariable(prefix + "TEMPORAL_API_KEY", null);
        }
    }

    [Fact]
    public void Read_ApiKey_TurnsOnTlsAndNeverPrintsTheKey()
    {
        var o = Config(("TEMPORAL_ADDRESS", "ns.acct.tmprl.cloud:7233"), ("TEMPORAL_NAMESPACE", "ns.acct"), ("TEMPORAL_API_KEY", "secret-key"))
            .ReadTemporalOptions(TemporalDefaults.Client);
        var connect = new TemporalClientConnectOptions();

        o.ApplyTo(connect);

        Assert.Equal("secret-key", connect.ApiKey);
        Assert.NotNull(connect.Tls);
        Assert.Equal("ns.acct", connect.Namespace);
        Assert.DoesNotContain("secret-key", o.ToString(), StringComparison.Ordinal);
        Assert.Contains("ns.acct.tmprl.cloud:7233", o.ToString(), StringComparison.Ordinal);
        Assert.Contains("task queue pantry-pipeline", o.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoAddress_ClientsUseTheLocalServerWorkersRefuse()
    {
        Assert.Equal("localhost:7233", Config().ReadTemporalOptions(TemporalDefaults.Client).Address);

        var e = Assert.Throws<TemporalConfigurationException>(() => Config().ReadTemporalOptions(TemporalDefaults.PipelineWorker));

        Assert.Contains(e.Errors, m => m.StartsWith("TEMPORAL_ADDRESS is not set", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BadValues_NamesEachVariableInOneMessage()
    {
        var dir = CliRunner_TempDir();
        var e = Assert.Throws<TemporalConfigurationException>(() => Config(
                ("TEMPORAL_ADDRESS", "http://localhost"),
                ("PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES", "0"),
                ("TEMPORAL_TLS_CLIENT_CERT_PATH", "/nope.pem"),
                ("TEMPORAL_TLS_SERVER_CA_CERT_PATH", Path.Combine(dir, "missing-ca.pem")),
                ("TEMPORAL_API_KEY", "k"),
                ("TEMPORAL_UI_URL", "ui.example"))
            .ReadTemporalOptions(TemporalDefaults.PipelineWorker));

        Assert.Contains(e.Errors, m => m.Contains("TEMPORAL_ADDRESS 'http://localhost' must be host:port", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES must be a whole number between 1 and 1000, got 0", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("mTLS needs both TEMPORAL_TLS_CLIENT_CERT_PATH and TEMPORAL_TLS_CLIENT_KEY_PATH", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("TEMPORAL_TLS_CLIENT_CERT_PATH '/nope.pem' does not exist", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("missing-ca.pem' does not exist", StringComparison.Ordinal) && m.StartsWith("TEMPORAL_TLS_SERVER_CA_CERT_PATH", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("set either TEMPORAL_API_KEY or TEMPORAL_TLS_CLIENT_CERT_PATH", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("TEMPORAL_UI_URL 'ui.example' must be an http(s) URL", StringComparison.Ordinal));
        Assert.Equal(7, e.Errors.Count);
    }

    [Theory]
    [InlineData("PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES", "lots", "PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES 'lots' is not a whole number")]
    [InlineData("TEMPORAL_TLS", "sometimes", "TEMPORAL_TLS 'sometimes' is not true or false")]
    [InlineData("PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES", "1001", "PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES must be a whole number between 1 and 1000, got 1001")]
    [InlineData("TEMPORAL_ADDRESS", "localhost", "TEMPORAL_ADDRESS 'localhost' must be host:port without a scheme")]
    [InlineData("TEMPORAL_ADDRESS", "localhost:99999", "TEMPORAL_ADDRESS 'localhost:99999' must be host:port")]
    public void Read_OneBadValue_SaysWhichVariableAndWhy(string name, string value, string expected)
    {
        var e = Assert.Throws<TemporalConfigurationException>(() => Config(("TEMPORAL_ADDRESS", "localhost:7233"), (name, value)).ReadTemporalOptions(TemporalDefaults.PipelineWorker));

        Assert.Contains(e.Errors, m => m.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TlsOffWithACertificateAuthority_IsAContradiction()
    {
        var ca = Write(CliRunner_TempDir(), "ca.pem", "CA");

        var e = Assert.Throws<TemporalConfigurationException>(() => Config(("TEMPORAL_ADDRESS", "h:7233"), ("TEMPORAL_TLS", "false"), ("TEMPORAL_TLS_SERVER_CA_CERT_PATH", ca)).ReadTemporalOptions(TemporalDefaults.Client));

        Assert.Contains(e.Errors, m => m.StartsWith("TEMPORAL_TLS=false contradicts", StringComparison.Ordinal));
    }

    [Fact]
    public void PipelineWorker_Registration_LimitsActivitySlotsAndCarriesTheConnection()
    {
        var configuration = Config(("TEMPORAL_ADDRESS", "h:7233"), ("TEMPORAL_API_KEY", "k"), ("PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES", "3"), ("TEMPORAL_TASK_QUEUE", "q-pipe"));
        var options = configuration.ReadTemporalOptions(TemporalDefaults.PipelineWorker);
        var services = new ServiceCollection().AddLogging();

        services.AddPantryPilotWorker(options, configuration, DataRoot.ForWorker(Path.GetTempPath()));

        var worker = WorkerOptions(services, "q-pipe");
        Assert.Equal(3, worker.MaxConcurrentActivities);
        Assert.Equal("h:7233", worker.ClientOptions!.TargetHost);
        Assert.Equal("k", worker.ClientOptions.ApiKey);
        Assert.NotNull(worker.ClientOptions.Tls);
    }

    [Fact]
    public void InferenceWorker_Registration_LimitsActivitySlotsAndCarriesTheConnection()
    {
        var options = Config(("TEMPORAL_ADDRESS", "h:7233"), ("TEMPORAL_NAMESPACE", "ns"), ("PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES", "5"))
            .ReadTemporalOptions(new TemporalDefaults("recipe-inference", 2, null));
        var services = new ServiceCollection().AddLogging();

        services.AddInferenceWorker(options, DataRoot.ForWorker(Path.GetTempPath()));

        var worker = WorkerOptions(services, "recipe-inference");
        Assert.Equal(5, worker.MaxConcurrentActivities);
        Assert.Equal("ns", worker.ClientOptions!.Namespace);
        Assert.Null(worker.ClientOptions.Tls);
    }

    [Fact]
    public void ConfigurationKeys_TemporalOptions_AreOnlyPantryPilotsOwn()
    {
        Assert.Equal(
            new[] { "PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES", "TEMPORAL_TASK_QUEUE", "TEMPORAL_UI_URL" },
            ConfigurationKeys.Of<TemporalOptions>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_ProfileOfATemporalToml_ConnectsAsTheTemporalCliWould()
    {
        var toml = Write(CliRunner_TempDir(), "temporal.toml", """
            [profile.default]
            address = "localhost:7233"

            [profile.prod]
            address = "prod.acct.tmprl.cloud:7233"
            namespace = "prod.acct"
            api_key = "profile-secret"

            [profile.prod.grpc_meta]
            x-team = "pantry"
            """);

        var o = Config(("TEMPORAL_CONFIG_FILE", toml), ("TEMPORAL_PROFILE", "prod")).ReadTemporalOptions(TemporalDefaults.PipelineWorker);
        var connect = new TemporalClientConnectOptions();
        o.ApplyTo(connect);

        Assert.Equal("prod.acct.tmprl.cloud:7233", o.Address);
        Assert.Equal("prod.acct", connect.Namespace);
        Assert.Equal("profile-secret", connect.ApiKey);
        Assert.NotNull(connect.Tls);
        Assert.Contains(new KeyValuePair<string, string>("x-team", "pantry"), connect.RpcMetadata!);
        Assert.Contains("profile prod", o.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("profile-secret", o.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_VariableBesideAProfile_OverridesIt()
    {
        var toml = Write(CliRunner_TempDir(), "temporal.toml", "[profile.default]\naddress = \"from-file:7233\"\nnamespace = \"file-ns\"\n");

        var o = Config(("TEMPORAL_CONFIG_FILE", toml), ("TEMPORAL_ADDRESS", "from-env:7233")).ReadTemporalOptions(TemporalDefaults.PipelineWorker);

        Assert.Equal(("from-env:7233", "file-ns"), (o.Address, o.Namespace));
    }

    [Theory]
    [InlineData("TEMPORAL_TLS_CERT", "TEMPORAL_TLS_CERT is no longer read: set TEMPORAL_TLS_CLIENT_CERT_PATH")]
    [InlineData("TEMPORAL_TLS_KEY", "TEMPORAL_TLS_KEY is no longer read: set TEMPORAL_TLS_CLIENT_KEY_PATH")]
    [InlineData("TEMPORAL_TLS_CA", "TEMPORAL_TLS_CA is no longer read: set TEMPORAL_TLS_SERVER_CA_CERT_PATH")]
    public void Read_ReleaseOneTlsName_IsRefusedNamingTheTemporalCliName(string name, string expected)
    {
        var e = Assert.Throws<TemporalConfigurationException>(() => Config(("TEMPORAL_ADDRESS", "h:7233"), (name, "/x.pem")).ReadTemporalOptions(TemporalDefaults.Client));

        Assert.Contains(e.Errors, m => m.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ProfileOrConfigFileThatIsNotThere_SaysSo()
    {
        var toml = Write(CliRunner_TempDir(), "temporal.toml", "[profile.default]\naddress = \"h:7233\"\n");

        var noProfile = Assert.Throws<TemporalConfigurationException>(() => Config(("TEMPORAL_CONFIG_FILE", toml), ("TEMPORAL_PROFILE", "staging")).ReadTemporalOptions(TemporalDefaults.Client));
        var noFile = Assert.Throws<TemporalConfigurationException>(() => Config(("TEMPORAL_CONFIG_FILE", "/nowhere/temporal.toml")).ReadTemporalOptions(TemporalDefaults.Client));

        Assert.Contains(noProfile.Errors, m => m.StartsWith("TEMPORAL_PROFILE 'staging'", StringComparison.Ordinal) && m.Contains("not found", StringComparison.Ordinal));
        Assert.Contains(noFile.Errors, m => m.StartsWith("TEMPORAL_CONFIG_FILE '/nowhere/temporal.toml' does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryWorker_CarriesTheTelemetryInterceptorAndTheProcessRuntime()
    {
        // Release 1 put the interceptor on the pipeline worker only: the training and inference workers had none.
        var configuration = Config(("TEMPORAL_ADDRESS", "h:7233"), ("TEMPORAL_TASK_QUEUE", "q-pipe"), ("Training:Trainer", "mlx-lm"), ("Training:BaseModel", "base"));
        var options = configuration.ReadTemporalOptions(TemporalDefaults.PipelineWorker);
        var pipeline = new ServiceCollection().AddLogging();
        pipeline.AddPantryPilotWorker(options, configuration, DataRoot.ForWorker(Path.GetTempPath()));
        var inference = new ServiceCollection().AddLogging();
        inference.AddInferenceWorker(options with { TaskQueue = "recipe-inference" }, DataRoot.ForWorker(Path.GetTempPath()));

        foreach (var worker in new[] { WorkerOptions(pipeline, "q-pipe"), WorkerOptions(pipeline, "model-training"), WorkerOptions(inference, "recipe-inference") })
        {
            Assert.Contains(worker.Interceptors!, i => i is PantryPilot.Hosting.Telemetry.TelemetryInterceptor);
            Assert.Same(PantryPilot.Hosting.Telemetry.TemporalRuntimes.Process, worker.ClientOptions!.Runtime);
        }
    }

    private static TemporalWorkerServiceOptions WorkerOptions(IServiceCollection services, string taskQueue)
    {
        using var provider = services.BuildServiceProvider();
        // The hosting extension names a worker's options by its task queue (when no build id is set).
        return provider.GetRequiredService<IOptionsMonitor<TemporalWorkerServiceOptions>>().Get(taskQueue);
    }

    private static string Write(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string CliRunner_TempDir() => Support.CliRunner.TempDir();

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.GroupBy(v => v.Key).Select(g => new KeyValuePair<string, string?>(g.Key, g.Last().Value))).Build(); // a later value wins
}
