using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PantryPilot.Domain.RecipeModel;
using PantryPilot.Domain.Recipes;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace PantryPilot.Activities.RecipeModel.Teachers;

/// <summary>The endpoint was reached but refuses us in a way no retry fixes (401, 403, 404: wrong key, model or
/// URL).</summary>
public sealed class TeacherConfigurationException(string message) : Exception(message);
