using Hotline.Intake.Registration;

namespace Hotline.Intake.Public;

/// <summary>Requests not typed by an agent (the public form, connected systems) are screened for blocked words; a hit is kept for review.</summary>
internal sealed class SubmissionScreening(IntakeSettingsService settings, IDbContextFactory<IntakeDbContext> contexts, TimeProvider clock)
{
    public const string Refused = "您提交的内容含有不文明用语，未予受理。请文明、如实反映诉求。";

    /// <exception cref="BusinessRuleException">The text contains a blocked word; the interception is recorded first.</exception>
    public async Task RefuseBlockedWordsAsync(RegistrationInput input, string? ipAddress, CancellationToken cancellationToken)
    {
        var options = await settings.GetAsync(cancellationToken);
        var text = $"{input.CallerName} {input.Address} {input.Content}";
        var blocked = options.BlockedWords.FirstOrDefault(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
        if (blocked is null)
            return;
        await RecordInterceptionAsync(input, ipAddress, blocked, cancellationToken);
        throw new BusinessRuleException(Refused);
    }

    private async Task RecordInterceptionAsync(RegistrationInput input, string? ipAddress, string word, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var content = input.Content ?? "";
        db.InterceptedSubmissions.Add(new InterceptedSubmission
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            IpAddress = ipAddress,
            Phone = input.CallerPhone?.Trim() is { Length: <= 30 } p ? p : null,
            Content = content.Length > IntakeLimits.ContentMaxLength ? content[..IntakeLimits.ContentMaxLength] : content,
            MatchedWord = word,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
