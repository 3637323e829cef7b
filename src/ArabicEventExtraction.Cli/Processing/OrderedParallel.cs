using System.Threading.Channels;

namespace ArabicEventExtraction.Cli.Processing;

/// <summary>
/// Maps a stream on several threads and yields the results in input order. At most
/// <c>threads</c> items are being worked on and at most <c>window</c> finished or running items
/// wait for the consumer, so memory stays bounded however long the input is.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int threads, int window)
    {
        if (threads <= 1)
        {
            foreach (var item in source) yield return work(item);
            yield break;
        }
        var queue = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(Math.Max(window, threads)) { SingleReader = true, SingleWriter = true });
        using var running = new SemaphoreSlim(threads);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in source)
                {
                    await running.WaitAsync(stop.Token);
                    var task = Task.Run(() =>
                    {
                        try { return work(item); }
                        finally { running.Release(); }
                    });
                    await queue.Writer.WriteAsync(task, stop.Token);
                }
                queue.Writer.Complete();
            }
            catch (Exception e)
            {
                queue.Writer.TryComplete(e is OperationCanceledException ? null : e);
            }
        });
        try
        {
            foreach (var task in queue.Reader.ReadAllAsync().ToBlockingEnumerable())
                yield return task.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            try { producer.Wait(); } catch (AggregateException) { }
            // Let work already started finish before the semaphore is disposed.
            while (queue.Reader.TryRead(out var pending)) try { pending.Wait(); } catch (AggregateException) { }
        }
    }
}
