using System.Runtime.CompilerServices;

namespace Hotline.ComponentTests.Infrastructure;

/// <summary>
/// bUnit checks a WaitFor condition on the renderer's dispatcher, which needs a pool thread. On two busy cores the
/// pool grows too slowly for the test classes running side by side, and a wait could time out without its condition
/// ever being checked (seen once in CI-like runs); more threads from the start keep the waits about the component.
/// </summary>
internal static class ThreadPoolSetup
{
    [ModuleInitializer]
    internal static void RaiseMinThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 8), io);
    }
}
