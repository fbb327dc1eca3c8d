using System.Text.Encodings.Web;
using System.Text.Json;
using Hotline.Platform.Identity;

namespace Hotline.Platform.Settings;

/// <summary>
/// How one person likes a page (the columns shown, the filters kept): stored per user next to the system settings but
/// not audited, as it changes nothing anyone else sees. Nobody reads another user's preferences.
/// </summary>
public sealed class UserPreferences(IDbContextFactory<PlatformDbContext> contexts, CurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<T> GetAsync<T>(string name, T defaultValue, CancellationToken cancellationToken = default)
    {
        if (await KeyAsync(name) is not { } key)
            return defaultValue;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var setting = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (setting is null)
            return defaultValue;
        try
        {
            return JsonSerializer.Deserialize<T>(setting.Value, Json) ?? defaultValue;
        }
        catch (JsonException)
        {
            // A preference saved by an older version of the page: start again from the default.
            return defaultValue;
        }
    }

    public async Task SetAsync<T>(string name, T value, CancellationToken cancellationToken = default)
    {
        var key = await KeyAsync(name) ?? throw new UnauthorizedAccessException("请先登录。");
        var json = JsonSerializer.Serialize(value, Json);
        if (json.Length > SystemSetting.MaxValueLength)
            throw new BusinessRuleException("保存的内容过多，请删去一些后再保存。");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var setting = await db.Settings.FindAsync([key], cancellationToken);
        if (setting is null)
            db.Settings.Add(setting = new SystemSetting { Key = key });
        setting.Value = json;
        setting.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<string?> KeyAsync(string name) =>
        (await user.ActorAsync()).UserId is { } id ? $"user.{id}.{name}" : null;
}
