using System.Xml.Linq;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Deploy;

/// <summary>`pantrypilot` and `pantrypilot-inference` install as .NET tools (scripts/install.sh): each executable
/// project packs as a tool whose command is the name README and the docs use, and the script installs both. (The
/// script itself was run by hand: it installs both into a tool path, and `pantrypilot --help` answers.)</summary>
public class InstallTests
{
    [Theory]
    [InlineData("workers/PantryPilot.Cli/PantryPilot.Cli.csproj", "pantrypilot", "PantryPilot.Cli")]
    [InlineData("inference-worker/PantryPilot.InferenceWorker/PantryPilot.InferenceWorker.csproj", "pantrypilot-inference", "PantryPilot.InferenceWorker")]
    public void ExecutableProject_PacksAsTheToolTheScriptInstalls(string project, string command, string package)
    {
        var properties = XDocument.Load(RepositoryRoot.File(project.Split('/'))).Descendants("PropertyGroup").Elements()
            .ToDictionary(e => e.Name.LocalName, e => e.Value, StringComparer.Ordinal);

        Assert.Equal("true", properties.GetValueOrDefault("PackAsTool"));
        Assert.Equal(command, properties.GetValueOrDefault("ToolCommandName"));
        Assert.Equal(command, properties.GetValueOrDefault("AssemblyName"));
        Assert.Equal(package, properties.GetValueOrDefault("PackageId"));
        Assert.NotEqual("false", properties.GetValueOrDefault("IsPackable"));
        var script = File.ReadAllText(RepositoryRoot.File("scripts", "install.sh"));
        Assert.Contains($"{Path.GetDirectoryName(project)!.Replace('\\', '/')}:{package}", script, StringComparison.Ordinal);
    }
}
