using PantryPilot.Domain.Storage;

namespace PantryPilot.Activities.Tests.Support;

/// <summary>The data root the tests give activities: they pass full temporary paths, as an in-process run does, so a
/// local run's root (the test's working directory) keeps them as they are.</summary>
public static class TestRoots
{
    public static DataRoot Local => DataRoot.ForLocalRun(Directory.GetCurrentDirectory());
}
