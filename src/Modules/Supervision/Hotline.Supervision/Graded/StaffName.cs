using System.Security.Claims;

namespace Hotline.Supervision.Graded;

/// <summary>The signed-in user's display name, as supervision records and notices print it (签发人, 回复人).</summary>
internal sealed class StaffName(CurrentUser user)
{
    public const string System = "系统自动";

    public async Task<string> CurrentAsync()
    {
        var principal = await user.PrincipalAsync();
        var name = principal.FindFirstValue(HotlineClaims.DisplayName);
        return string.IsNullOrWhiteSpace(name) ? principal.Identity?.Name ?? "" : name;
    }
}
