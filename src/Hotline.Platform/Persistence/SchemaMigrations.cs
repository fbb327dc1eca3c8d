namespace Hotline.Platform.Persistence;

/// <summary>
/// Upgrades of the schema (issue #20): applied by <c>dotnet Hotline.Web.dll migrate</c> or at start (the default,
/// <c>Hotline:MigrateAtStart</c>). A database an app of a newer version has migrated is never touched by an older app:
/// going back is a restore of the backup taken before the upgrade.
/// </summary>
public static class SchemaMigrations
{
    public const string CommandName = "migrate";

    /// <returns>The migrations applied now, oldest first.</returns>
    public static async Task<IReadOnlyList<string>> ApplyAsync(SchemaDbContext schema, bool migrate, CancellationToken cancellationToken = default)
    {
        var known = schema.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        if ((await schema.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault(m => !known.Contains(m)) is { } newer)
            throw new InvalidOperationException($"数据库的结构版本比本程序新（{newer}）：它已被更新版本的 Hotline 升级过。请运行那个版本，或恢复升级前的备份后再用本版本。");
        var pending = (await schema.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
            return [];
        if (!migrate)
            throw new InvalidOperationException($"数据库需要升级（{pending.Count} 个结构变更，最新 {pending[^1]}），而 Hotline:MigrateAtStart 为 false：请先备份，再运行 dotnet Hotline.Web.dll migrate。");
        await schema.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    /// <summary><c>dotnet Hotline.Web.dll migrate</c>: applies the pending migrations and says which; exit code 2 when refused.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            var applied = await ApplyAsync(scope.ServiceProvider.GetRequiredService<SchemaDbContext>(), migrate: true, cancellationToken);
            output.WriteLine(applied.Count == 0 ? "数据库结构已是最新，无需升级。" : $"已升级数据库结构（{applied.Count} 个）：{string.Join("、", applied)}");
            return 0;
        }
        catch (InvalidOperationException ex)
        {
            output.WriteLine(ex.Message);
            return 2;
        }
    }
}
