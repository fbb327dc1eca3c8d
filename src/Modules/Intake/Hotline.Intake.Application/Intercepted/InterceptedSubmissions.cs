using Hotline.Platform.Identity;
using Hotline.Platform.Notifications;

namespace Hotline.Intake.Intercepted;

internal sealed record InterceptedRow(DateTime AtUtc, string? IpAddress, string? PhoneMasked, string MatchedWord, string Content);

/// <summary>Online submissions refused by the word list, for the center to review the list's effect (001).</summary>
internal sealed class InterceptedSubmissions(IDbContextFactory<IntakeDbContext> contexts, IntakeAccess access)
{
    public static readonly string[] Reviewers = [HotlineRoles.Supervisor, HotlineRoles.CenterAdmin];

    public async Task<(IReadOnlyList<InterceptedRow> Rows, int Total)> ListAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(Reviewers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.InterceptedSubmissions.CountAsync(cancellationToken);
        var rows = await db.InterceptedSubmissions.AsNoTracking().OrderByDescending(s => s.AtUtc)
            .Skip(Math.Max(0, page) * pageSize).Take(Math.Clamp(pageSize, 1, 200)).ToListAsync(cancellationToken);
        return (rows.Select(s => new InterceptedRow(s.AtUtc, s.IpAddress, s.Phone is null ? null : PhoneMask.Mask(s.Phone), s.MatchedWord, s.Content)).ToList(), total);
    }
}
