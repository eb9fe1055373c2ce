using System.Text;
using PantryPilot.Activities.Database;

namespace PantryPilot.Activities.Tests.Database;

public sealed class TextPoolTests
{
    [Fact]
    public void Get_RepeatedValue_ReturnsTheSameInstance()
    {
        var pool = new TextPool();

        var first = pool.Get("キムチ"u8);
        var second = pool.Get("キムチ"u8);

        Assert.Equal("キムチ", first);
        Assert.Same(first, second);
        Assert.Same(string.Empty, pool.Get([]));
        Assert.Equal(1, pool.Count);
    }

    [Fact]
    public void Get_ManyDistinctValues_EachKeepsItsOwnSharedInstance()
    {
        var pool = new TextPool();
        var values = Enumerable.Range(0, 10_000).Select(i => Encoding.UTF8.GetBytes($"item-{i}-ü")).ToArray();

        var first = values.Select(v => pool.Get(v)).ToArray();
        var second = values.Reverse().Select(v => pool.Get(v)).Reverse().ToArray();

        Assert.Equal(10_000, pool.Count);
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => $"item-{i}-ü"), first);
        for (var i = 0; i < first.Length; i++)
        {
            Assert.Same(first[i], second[i]);
        }
    }

    [Fact]
    public void Get_PoolFull_StopsAddingButStillDecodes()
    {
        var pool = new TextPool(limit: 2);

        pool.Get("a"u8);
        pool.Get("b"u8);
        var c1 = pool.Get("c"u8);
        var c2 = pool.Get("c"u8);

        Assert.Equal(2, pool.Count);
        Assert.Equal("c", c1);
        Assert.NotSame(c1, c2);
    }

    [Fact]
    public void Get_LongValue_DecodesWithoutPooling()
    {
        var pool = new TextPool();
        var text = new string('ñ', 400);

        var value = pool.Get(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, value);
        Assert.Equal(0, pool.Count);
    }
}
