using ArabicEventExtraction.Cli.Processing;

namespace ArabicEventExtraction.Cli.Tests.Processing;

public class OrderedParallelTests
{
    [Fact]
    public void Yields_results_in_input_order_whatever_order_the_work_finishes_in()
    {
        var random = new Random(3);
        var delays = Enumerable.Range(0, 200).Select(_ => random.Next(0, 3)).ToArray();
        var results = OrderedParallel.Map(Enumerable.Range(0, 200), i => { Thread.Sleep(delays[i]); return i * 2; }, threads: 4, window: 8).ToList();
        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 2), results);
    }

    [Fact]
    public void Never_holds_more_than_the_window_of_items_in_flight()
    {
        var read = 0;
        var consumed = 0;
        var maxAhead = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 500; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }
        foreach (var _ in OrderedParallel.Map(Source(), i => i, threads: 2, window: 6))
        {
            Thread.Yield();
            consumed++;
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref read) - consumed);
        }
        Assert.Equal(500, consumed);
        Assert.True(maxAhead <= 6 + 2 + 1, $"read ran {maxAhead} items ahead of the consumer");
    }

    [Fact]
    public void An_exception_in_the_source_reaches_the_consumer()
    {
        IEnumerable<int> Failing()
        {
            yield return 1;
            throw new InvalidOperationException("broken source");
        }
        var e = Assert.Throws<InvalidOperationException>(() => OrderedParallel.Map(Failing(), i => i, threads: 2, window: 4).ToList());
        Assert.Equal("broken source", e.Message);
    }
}
