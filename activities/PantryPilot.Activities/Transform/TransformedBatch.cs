using System.Globalization;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Catalogue;
using PantryPilot.Domain.Tables;
using PantryPilot.Domain.Units;

namespace PantryPilot.Activities.Transform;

/// <summary>What one input batch became: processed rows (input + derived columns) and quarantined rows (input +
/// reason).</summary>
public sealed record TransformedBatch(TableBatch Processed, TableBatch? Quarantined);
