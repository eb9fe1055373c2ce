using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Input of the trainer check.</summary>
public sealed record TrainerCheckInput(string RunId);
