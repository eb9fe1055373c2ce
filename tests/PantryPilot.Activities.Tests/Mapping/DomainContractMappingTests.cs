using PantryPilot.Contracts.Approval;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Approval;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Activities.Tests.Mapping;

/// <summary>Domain and Contracts keep their own types on purpose (a contract is a payload recorded in histories; a
/// Domain type is a file format or a value), and the activities map one to the other. These fail when a pair drifts
/// apart, before the mapping breaks at run time.</summary>
public class DomainContractMappingTests
{
    [Fact]
    public void ApprovalVerdict_AndApprovalOutcome_HaveTheSameNames()
    {
        // verify-approval maps by name (Enum.Parse): a verdict added on one side only would throw there.
        Assert.Equal(
            Enum.GetNames<ApprovalVerdict>().Order(StringComparer.Ordinal),
            Enum.GetNames<ApprovalOutcome>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SampleBatchResult_AndGenerateBatchOutput_HaveTheSameFieldsInTheSameOrder()
    {
        static IEnumerable<string> Fields(Type record) => record.GetConstructors().Single().GetParameters()
            .Select(p => $"{p.ParameterType.Name} {p.Name}");

        Assert.Equal(Fields(typeof(SampleBatchResult)), Fields(typeof(GenerateBatchOutput)));
    }
}
