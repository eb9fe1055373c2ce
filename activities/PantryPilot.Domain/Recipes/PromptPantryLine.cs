using System.Globalization;
using System.Text;

namespace PantryPilot.Domain.Recipes;

/// <summary>A pantry line as a prompt shows it: "rice (500 g)".</summary>
public readonly record struct PromptPantryLine(string Name, double Quantity, string Unit);
