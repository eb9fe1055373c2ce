using System.Text.Json;
using System.Text.Json.Serialization;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Ingest;

public sealed record ManifestColumn(string Name, string Kind);
