using System.Text.Encodings.Web;
using System.Text.Json;
using Hotline.Platform.Auditing;

namespace Hotline.Platform.Settings;

/// <summary>Typed access to center-wide settings stored as JSON values; modules keep their own key prefix.</summary>
public sealed class SettingsStore
{
    private readonly IDbContextFactory<PlatformDbContext> contexts;
    private readonly TimeProvider clock;
    private readonly Caching.ReferenceDataCache cache;

    internal SettingsStore(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock, Caching.ReferenceDataCache cache)
    {
        this.contexts = contexts;
        this.clock = clock;
        this.cache = cache;
    }

    // Chinese text is stored as written, not as \uXXXX escapes: six times shorter in a column of 2000 characters.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Read through the reference-data cache; each call deserializes its own copy, so callers may change it.</summary>
    public async Task<T> GetAsync<T>(string key, T defaultValue, CancellationToken cancellationToken = default)
    {
        var value = await cache.GetAsync("setting:" + key, async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(ct);
        }, cancellationToken);
        return value is null ? defaultValue : JsonSerializer.Deserialize<T>(value, Json) ?? defaultValue;
    }

    /// <summary>Saves a setting and its audit entry together. Callers check the actor's rights first.</summary>
    /// <param name="title">The setting's name as its admin page calls it: the audit log names the change by it, not by the key.</param>
    public async Task SetAsync<T>(string key, string title, T value, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = JsonSerializer.Serialize(value, Json);
        if (json.Length > SystemSetting.MaxValueLength)
            throw new BusinessRuleException("设置内容过长，无法保存。");
        var setting = await db.Settings.FindAsync([key], cancellationToken);
        if (setting is null)
            db.Settings.Add(setting = new SystemSetting { Key = key });
        setting.Value = json;
        setting.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.Audit(actor, clock, "修改系统设置", "Setting", key, $"{title}：{json}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
