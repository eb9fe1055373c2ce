namespace PantryPilot.Inference.Model;

/// <summary>Loads LoRA adapters (ONNX Runtime GenAI's .onnx_adapter format) into the running model under a
/// name.</summary>
public interface IAdapterLoader
{
    /// <summary>Null when the adapter is loaded (or already was, from the same path); otherwise why it is
    /// not.</summary>
    string? TryLoadAdapter(string name, string path);
}
