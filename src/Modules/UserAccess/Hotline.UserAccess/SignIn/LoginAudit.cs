namespace Hotline.UserAccess.SignIn;

/// <summary>Sign-in events are security-relevant (等保 audit): every success, failure and lockout is recorded.</summary>
internal sealed class LoginAudit(UserAccessDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(HttpContext http, ApplicationUser? user, string userName, string action, string? detail = null)
    {
        var actor = new Actor(user?.Id, user?.UserName ?? userName, http.Connection.RemoteIpAddress?.ToString());
        db.Audit(actor, clock, action, "User", user?.Id, detail);
        await db.SaveChangesAsync();
    }
}
