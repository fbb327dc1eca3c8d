using Hotline.Platform.Settings;

namespace Hotline.Handling.Application.Outcomes;

/// <summary>The center-wide Handling settings the outcomes need (stored under <see cref="Key"/>).</summary>
internal sealed record OutcomeRuleValues(int ReplyMinLength, int? RedoWorkingDays);

/// <summary>Reads the Handling settings the center administrator maintains; one place so a stored value changes every rule at once.</summary>
internal sealed class OutcomeRules(SettingsStore store)
{
    public const string Key = "handling.settings";
    public const int DefaultReplyMinLength = 15;

    private sealed record Stored(int ReplyMinLength = DefaultReplyMinLength, int? RedoWorkingDays = null);

    public async Task<OutcomeRuleValues> GetAsync(CancellationToken cancellationToken = default)
    {
        var stored = await store.GetAsync(Key, new Stored(), cancellationToken);
        return new OutcomeRuleValues(Math.Max(1, stored.ReplyMinLength), stored.RedoWorkingDays is > 0 ? stored.RedoWorkingDays : null);
    }
}
