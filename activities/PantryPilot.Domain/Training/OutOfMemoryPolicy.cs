namespace PantryPilot.Domain.Training;

/// <summary>
/// Recognises an out-of-memory exit and says what the next attempt changes. The stated policy: first cut the batch to
/// its largest proper divisor (half an even batch; 6 -> 3 -> 1), multiplying gradient accumulation by the same factor
/// so the samples per optimizer update stay the same (the supervisor also runs that factor more trainer iterations, see
/// <see cref="ResumePlan.Factor"/>, so the samples seen stay the same); at batch 1 halve the max sequence length, down
/// to <see cref="MinSeqLength"/>; below that there is nothing left to shrink and the run fails for good.
/// </summary>
public static class OutOfMemoryPolicy
{
    public const int MinSeqLength = 512;

    // What mlx (Metal), PyTorch (CUDA), the C++ runtime and the kernel's OOM killer leave behind.
    private static readonly string[] Signatures =
    [
        "Insufficient Memory",
        "kIOGPUCommandBufferCallbackErrorOutOfMemory",
        "out of memory",
        "OutOfMemoryError",
        "std::bad_alloc",
        "MemoryError",
        "Cannot allocate memory",
    ];

    public const string Description = "halve the batch (to its largest divisor; "
        + "gradient accumulation and trainer iterations up by the same factor) while batch > 1, "
        + "then halve the max sequence length down to 512";

    /// <summary>True when the trainer's last output lines say it ran out of memory.</summary>
    public static bool IsOutOfMemory(IEnumerable<string> tail) =>
        tail.Any(line => Signatures.Any(s => line.Contains(s, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The settings after one step of the policy, with a sentence saying what changed; null when nothing is
    /// left to shrink.</summary>
    public static (MemorySettings Settings, string Change)? Next(MemorySettings current)
    {
        if (current.BatchSize > 1)
        {
            var batch = Enumerable.Range(1, current.BatchSize / 2).Last(d => current.BatchSize % d == 0);
            var factor = current.BatchSize / batch;
            var accumulation = current.GradAccumulation * factor;
            return (
                current with { BatchSize = batch, GradAccumulation = accumulation },
                $"out of memory: batch {current.BatchSize} -> {batch}, gradient accumulation "
                + $"{current.GradAccumulation} -> {accumulation}, trainer iterations x{factor} (same samples seen, "
                + "same optimizer updates)");
        }

        if (current.MaxSeqLength / 2 >= MinSeqLength)
        {
            var seq = current.MaxSeqLength / 2;
            return (
                current with { MaxSeqLength = seq },
                $"out of memory: max sequence length {current.MaxSeqLength} -> {seq}");
        }

        return null;
    }
}
