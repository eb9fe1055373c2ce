using System.Text.RegularExpressions;
using System.Xml.Linq;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Versioning;
using PantryPilot.Cli.Hosting;
using PantryPilot.Contracts;
using PantryPilot.Hosting;
using PantryPilot.Hosting.Telemetry;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;
using YamlDotNet.RepresentationModel;

namespace PantryPilot.Cli.Tests.Deploy;

/// <summary>The deploy files and the dev stack set only variables the code reads and only queues workers poll; each
/// pool serves the queue the workflows send its work to. The names the code reads come from the options classes and
/// constants that read them (no second list here).</summary>
public partial class DeployFilesTests
{
    private static readonly string Root = FindRoot();

    /// <summary>Every environment name PantryPilot's processes read, from the code's own definitions.</summary>
    private static readonly HashSet<string> Known = new(
        ConfigurationKeys.Of<TemporalOptions>()
            .Concat(TemporalEnvironment.Variables)
            .Concat(ConfigurationKeys.Of<DataRootOptions>())
            .Concat([DatabaseOptions.UrlVariable, VersioningOptions.RemoteVariable, ModelPaths.EnvironmentVariable, TelemetryRegistration.OtlpEndpointVariable, TelemetryRegistration.ServiceNameVariable])
            .Concat(typeof(InferenceOptions).GetProperties().Where(p => p.CanWrite).Select(p => $"{InferenceOptions.Section}__{p.Name}")),
        StringComparer.Ordinal);

    [Fact]
    public void Workloads_AreFoundInEveryFile()
    {
        var workloads = Workloads().ToList();

        // k8s: pipeline + inference; compose: pipeline + inference; launchd: inference.
        Assert.Equal(2, workloads.Count(w => w.Source.StartsWith("deploy/k8s", StringComparison.Ordinal)));
        Assert.Equal(2, workloads.Count(w => w.Source == "temporal-dev.yaml"));
        Assert.Single(workloads, w => w.Source.StartsWith("deploy/macos", StringComparison.Ordinal));
        Assert.All(workloads, w => Assert.NotEmpty(w.Environment));
    }

    [Fact]
    public void EveryEnvironmentVariable_IsOneTheCodeReads()
    {
        var unknown = Workloads().SelectMany(w => w.Environment.Keys.Select(k => (w.Source, Name: k)))
            .Concat(DockerfileEnv().Select(k => (Source: "deploy/docker/Dockerfile", Name: k)))
            .Where(e => !Known.Contains(e.Name))
            .Select(e => $"{e.Source}: {e.Name}")
            .Distinct()
            .ToList();

        Assert.True(unknown.Count == 0, "not read by the code: " + string.Join(", ", unknown));
    }

    [Fact]
    public void EveryPool_ServesTheQueueItsWorkIsSentTo()
    {
        foreach (var w in Workloads())
        {
            var expected = w.Program == "pantrypilot-inference" ? TaskQueues.Inference : TaskQueues.Pipeline;
            var queue = w.Environment.GetValueOrDefault(TemporalOptions.Keys.TaskQueue) ?? expected; // unset: the host's default
            Assert.True(queue == expected, $"{w.Source} {w.Name}: {w.Program} polls '{queue}', its work is sent to '{expected}'");
            Assert.Contains(queue, TaskQueues.All);
        }
    }

    [Fact]
    public void EveryWorkload_HasItsDataRootWhereItMountsTheData()
    {
        foreach (var w in Workloads())
        {
            Assert.True(w.Environment.TryGetValue(DataRootOptions.Key, out var root), $"{w.Source} {w.Name}: no {DataRootOptions.Key}");
            Assert.True(w.Source.Contains("macos", StringComparison.Ordinal) || w.Mounts.Contains(root!), $"{w.Source} {w.Name}: {DataRootOptions.Key}={root} but mounts {string.Join(", ", w.Mounts)}");
        }
    }

    [Fact]
    public void NoFile_MountsADevelopmentMachinePath()
    {
        var sources = Workloads().SelectMany(w => w.HostPaths.Select(p => (w.Source, Path: p))).ToList();

        Assert.DoesNotContain(sources, s => s.Path.Contains("..", StringComparison.Ordinal) || s.Path.Contains("shared", StringComparison.Ordinal));
    }

    [Fact]
    public void GpuRequests_OnlyWithTheCudaRuntimeReferenced()
    {
        var cudaReferenced = Directory.EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains("Microsoft.ML.OnnxRuntimeGenAI.Cuda", StringComparison.Ordinal));
        var asksForCuda = Workloads().Where(w => w.AsksForGpu || string.Equals(w.Environment.GetValueOrDefault("Inference__Provider"), "cuda", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.True(cudaReferenced || asksForCuda.Count == 0, "asks for a GPU/CUDA without the CUDA runtime package: " + string.Join(", ", asksForCuda.Select(w => $"{w.Source} {w.Name}")));
    }

    [Fact]
    public void TemporalDocsTable_ListsExactlyTheVariablesTheHostsShare()
    {
        var shared = ConfigurationKeys.Of<TemporalOptions>().Concat(TemporalEnvironment.Variables).Append(DataRootOptions.Key).Append(TelemetryRegistration.OtlpEndpointVariable).Append(TelemetryRegistration.ServiceNameVariable).ToHashSet(StringComparer.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(Root, "docs", "temporal.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("## Configuration", StringComparison.Ordinal));
        var table = lines.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).ToList();
        var documented = table.Select(l => l.Split('|')[1]).SelectMany(c => Backticked().Matches(c).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(shared.Except(documented));
        Assert.Empty(documented.Except(shared));
    }

    private sealed record Workload(string Source, string Name, string Program, Dictionary<string, string> Environment, List<string> Mounts, List<string> HostPaths, bool AsksForGpu);

    private static IEnumerable<Workload> Workloads() => Kubernetes().Concat(Compose()).Concat(Launchd());

    private static IEnumerable<Workload> Kubernetes()
    {
        var docs = Directory.EnumerateFiles(Path.Combine(Root, "deploy", "k8s"), "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(f => Load(f).Select(d => (File: "deploy/k8s/" + Path.GetFileName(f), Doc: (YamlMappingNode)d.RootNode)))
            .ToList();
        var configMap = docs.Where(d => Scalar(d.Doc, "kind") == "ConfigMap").Select(d => Map(d.Doc, "data")!).Single();
        foreach (var (file, doc) in docs.Where(d => Scalar(d.Doc, "kind") == "Deployment"))
        {
            var pod = Map(Map(Map(doc, "spec")!, "template")!, "spec")!;
            foreach (var container in Seq(pod, "containers").Cast<YamlMappingNode>())
            {
                Assert.Equal("pantrypilot", Scalar(container, "image"));
                var env = Pairs(configMap);
                Assert.Contains(Seq(container, "envFrom").Cast<YamlMappingNode>(), e => Scalar(Map(e, "configMapRef")!, "name") == "pantrypilot-config");
                foreach (var e in Seq(container, "env").Cast<YamlMappingNode>())
                {
                    env[Scalar(e, "name")!] = Scalar(e, "value") ?? "(secret)";
                }

                var mounts = Seq(container, "volumeMounts").Cast<YamlMappingNode>().Select(m => Scalar(m, "mountPath")!).ToList();
                var hostPaths = Seq(pod, "volumes").Cast<YamlMappingNode>().Where(v => Map(v, "hostPath") is not null).Select(v => Scalar(Map(v, "hostPath")!, "path")!).ToList();
                var limits = Map(Map(container, "resources") ?? new YamlMappingNode(), "limits");
                var gpu = limits is not null && limits.Children.Keys.Any(k => k.ToString().Contains("gpu", StringComparison.Ordinal))
                    || Map(pod, "nodeSelector") is { } selector && selector.Children.Keys.Any(k => k.ToString().Contains("gpu", StringComparison.Ordinal));
                yield return new(file, Scalar(Map(doc, "metadata")!, "name")!, ProgramOf(Seq(container, "args").Select(a => a.ToString())), env, mounts, hostPaths, gpu);
            }
        }
    }

    private static IEnumerable<Workload> Compose()
    {
        var doc = (YamlMappingNode)Load(Path.Combine(Root, "temporal-dev.yaml")).Single().RootNode;
        foreach (var (name, node) in Map(doc, "services")!.Children.Select(c => (c.Key.ToString(), (YamlMappingNode)c.Value)))
        {
            // Only containers of PantryPilot's image; postgres, temporal and the UI read their own variables.
            if (Scalar(node, "image") is not { } image || !image.StartsWith("pantrypilot", StringComparison.Ordinal))
            {
                continue;
            }

            var volumes = Seq(node, "volumes").Select(v => ComposeVolume().Match(v.ToString())).ToList();
            Assert.All(volumes, v => Assert.True(v.Success, $"temporal-dev.yaml {name}: volume '{v.Value}' is not source:/target[:ro]"));
            yield return new(
                "temporal-dev.yaml",
                name,
                ProgramOf(Seq(node, "command").Select(c => c.ToString())),
                Pairs(Map(node, "environment")!),
                volumes.Select(v => v.Groups["target"].Value).ToList(),
                volumes.Select(v => v.Groups["source"].Value).Where(src => src.Contains('/', StringComparison.Ordinal) || src.Contains('$', StringComparison.Ordinal)).ToList(),
                Map(node, "deploy") is { } deploy && deploy.ToString().Contains("gpu", StringComparison.OrdinalIgnoreCase));
        }
    }

    private static IEnumerable<Workload> Launchd()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "deploy", "macos"), "*.plist"))
        {
            var dict = XDocument.Load(file).Root!.Element("dict")!;
            XElement? ValueOf(XElement d, string key) => d.Elements("key").FirstOrDefault(k => k.Value == key)?.ElementsAfterSelf().First();
            var envDict = ValueOf(dict, "EnvironmentVariables")!;
            var env = envDict.Elements("key").ToDictionary(k => k.Value, k => k.ElementsAfterSelf().First().Value, StringComparer.Ordinal);
            var program = ProgramOf(ValueOf(dict, "ProgramArguments")!.Elements("string").Select(s => s.Value));
            yield return new("deploy/macos/" + Path.GetFileName(file), Path.GetFileNameWithoutExtension(file), program, env, [], [], false);
        }
    }

    private static IEnumerable<string> DockerfileEnv() =>
        File.ReadAllLines(Path.Combine(Root, "deploy", "docker", "Dockerfile"))
            .Where(l => l.TrimStart().StartsWith("ENV ", StringComparison.Ordinal))
            .SelectMany(l => l.Trim()[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => p.Split('=')[0]);

    /// <summary>pantrypilot-inference, or pantrypilot (worker); anything else is a deploy file this test does not know.</summary>
    private static string ProgramOf(IEnumerable<string> command)
    {
        var words = command.Select(Path.GetFileName).ToList();
        return words.Contains("pantrypilot-inference") ? "pantrypilot-inference"
            : words.SequenceEqual(["pantrypilot", "worker"]) ? "pantrypilot"
            : throw new InvalidOperationException($"unknown program: {string.Join(' ', words)}");
    }

    private static List<YamlDocument> Load(string file)
    {
        using var reader = new StreamReader(file);
        var stream = new YamlStream();
        stream.Load(reader);
        return [.. stream.Documents];
    }

    /// <summary>A mapping's pairs, with YAML merge keys (compose's `&lt;&lt;: *worker-env`) applied first and local keys winning.</summary>
    private static Dictionary<string, string> Pairs(YamlMappingNode map)
    {
        var pairs = map.Children.TryGetValue(new YamlScalarNode("<<"), out var merged) && merged is YamlMappingNode inherited
            ? Pairs(inherited)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children.Where(c => c.Key.ToString() != "<<"))
        {
            pairs[key.ToString()] = value.ToString();
        }

        return pairs;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;

    private static YamlMappingNode? Map(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v as YamlMappingNode : null;

    private static IEnumerable<YamlNode> Seq(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlSequenceNode s ? s.Children : [];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PantryPilot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PantryPilot.sln not found above the test output");
    }

    /// <summary>A compose short-syntax volume: source (a named volume, a path, or ${VAR:-default}), target, mode.</summary>
    [GeneratedRegex("^(?<source>.+?):(?<target>/[^:]*)(:(ro|rw))?$")]
    private static partial Regex ComposeVolume();

    [GeneratedRegex("`([A-Z][A-Z0-9_]+)`")]
    private static partial Regex Backticked();
}
