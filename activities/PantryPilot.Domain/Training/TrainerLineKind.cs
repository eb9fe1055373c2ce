using System.Globalization;
using System.Text.RegularExpressions;

namespace PantryPilot.Domain.Training;

public enum TrainerLineKind
{
    Other,

    /// <summary><c>Iter 100: Train loss 1.234, Learning Rate 1.000e-04, It/sec 0.512, Tokens/sec 420.1, Trained Tokens
    /// 81234, Peak mem 9.8 GB</c></summary>
    Train,

    /// <summary><c>Iter 200: Val loss 1.101, Val took 12.3s</c></summary>
    Validation,

    /// <summary><c>Iter 500: Saved adapter weights to adapters/adapters.safetensors and
    /// adapters/0000500_adapters.safetensors.</c></summary>
    Saved,

    /// <summary><c>Saved final weights to adapters/adapters.safetensors.</c></summary>
    SavedFinal,
}
