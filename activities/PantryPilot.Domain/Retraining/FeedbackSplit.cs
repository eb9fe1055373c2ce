using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PantryPilot.Domain.Retraining;

/// <summary>Which file a feedback sample goes to: valid when a hash of (seed, feedback id) falls under the share, so
/// the same feedback lands in the same file in every round (a sample validated on once is never trained on
/// later).</summary>
public static class FeedbackSplit
{
    public static bool IsValid(int seed, string id, double validShare)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{id}"));
        var position = BinaryPrimitives.ReadUInt64BigEndian(hash) / (double)ulong.MaxValue;
        return position < validShare;
    }
}
