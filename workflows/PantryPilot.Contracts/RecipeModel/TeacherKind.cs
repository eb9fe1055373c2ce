using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Which teacher writes the samples. The API key of <see cref="OpenAiCompatible"/> comes from configuration
/// (PANTRYPILOT_TEACHER_API_KEY), never from the workflow input, so it is never recorded in history.</summary>
public enum TeacherKind
{
    /// <summary>The offline default: a deterministic template teacher over the shipped recipe corpus. Not a language
    /// model.</summary>
    Template,

    /// <summary>An OpenAI-compatible chat-completions endpoint (Ollama, vLLM, llama.cpp server, LM Studio).</summary>
    OpenAiCompatible,

    /// <summary>The project's own inference pool: each batch runs on the recipe-inference task queue, where the model
    /// is loaded (<see cref="TeacherOptions.Model"/> names a LoRA adapter there, null = the base model).</summary>
    InferencePool,
}
