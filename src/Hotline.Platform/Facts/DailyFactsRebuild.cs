using System.Diagnostics;

namespace Hotline.Platform.Facts;

/// <summary>
/// <c>dotnet Hotline.Web.dll rebuild-facts</c>: brings the schema up to date (after an upgrade the tables may be new),
/// rebuilds every module's daily fact table and prints what it did.
/// </summary>
public static class DailyFactsRebuild
{
    public const string CommandName = "rebuild-facts";

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SchemaDbContext>().Database.MigrateAsync(cancellationToken);
        // The tables side by side: each module counts its own rows, and the database has cores for both.
        var lines = await Task.WhenAll(scope.ServiceProvider.GetServices<IDailyFacts>().Select(facts => Task.Run(async () =>
        {
            var watch = Stopwatch.StartNew();
            var days = await facts.RebuildAsync(cancellationToken);
            return $"{facts.Name}：已重算 {days:N0} 天，用时 {watch.Elapsed:mm\\:ss}。";
        }, cancellationToken)));
        foreach (var line in lines)
            output.WriteLine(line);
        return 0;
    }
}
