using Hotline.Platform.Security;

namespace Hotline.Platform.Settings;

/// <summary>
/// The skeleton every module's settings share: read with their defaults; saved only by a CenterAdmin,
/// after the module's own checks, tidied, and audited with the change. A module derives one class
/// naming its key, its checks and its tidying.
/// </summary>
/// <typeparam name="T">The module's settings record; a new instance holds the defaults.</typeparam>
public abstract class ModuleSettings<T>(SettingsStore store, AdminGuard guard) where T : class, new()
{
    /// <summary>The setting's key, prefixed with the module's name, e.g. <c>intake.settings</c>.</summary>
    protected abstract string Key { get; }

    /// <summary>The settings' name as the admin pages call them, for the audit log (e.g. 受理设置).</summary>
    protected abstract string Title { get; }

    public Task<T> GetAsync(CancellationToken cancellationToken = default) =>
        store.GetAsync(Key, new T(), cancellationToken);

    /// <exception cref="UnauthorizedAccessException">The caller is not a CenterAdmin.</exception>
    /// <exception cref="BusinessRuleException">The settings break a check; every problem is listed, one per line.</exception>
    public async Task SaveAsync(T settings, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        var errors = Validate(settings).ToList();
        if (errors.Count > 0)
            throw new BusinessRuleException(string.Join(Environment.NewLine, errors));
        await store.SetAsync(Key, Title, Normalize(settings), actor, cancellationToken);
    }

    /// <returns>The Chinese message of every problem; none when the settings may be saved.</returns>
    protected abstract IEnumerable<string> Validate(T settings);

    /// <summary>Tidies valid settings before they are stored (trimming, removing duplicates).</summary>
    protected virtual T Normalize(T settings) => settings;
}
