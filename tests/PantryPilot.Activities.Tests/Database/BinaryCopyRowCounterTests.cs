using PantryPilot.Activities.Database;

namespace PantryPilot.Activities.Tests.Database;

public sealed class BinaryCopyRowCounterTests
{
    [Fact]
    public void Feed_StreamSplitAtEveryByte_CountsTuples()
    {
        // Header (signature, flags, empty extension), 2 tuples (one with a NULL), trailer.
        var bytes = new List<byte>();
        bytes.AddRange([(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', 0x0A, 0xFF, 0x0D, 0x0A, 0x00]);
        bytes.AddRange([0, 0, 0, 0, 0, 0, 0, 0]);
        bytes.AddRange([0, 2, 0, 0, 0, 3, 1, 2, 3, 0xFF, 0xFF, 0xFF, 0xFF]);
        bytes.AddRange([0, 2, 0, 0, 0, 1, 9, 0, 0, 0, 2, 7, 7]);
        bytes.AddRange([0xFF, 0xFF]);

        var whole = new BinaryCopyRowCounter();
        whole.Feed(bytes.ToArray());
        var byByte = new BinaryCopyRowCounter();
        foreach (var b in bytes)
        {
            byByte.Feed([b]);
        }

        Assert.Equal(2, whole.Rows);
        Assert.True(whole.Finished);
        Assert.Equal(2, byByte.Rows);
        Assert.True(byByte.Finished);
    }
}
