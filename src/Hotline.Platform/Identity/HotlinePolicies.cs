using Microsoft.AspNetCore.Authorization;

namespace Hotline.Platform.Identity;

/// <summary>Authorization policies pages and endpoints use, so a page says what it needs by name.</summary>
public static class HotlinePolicies
{
    /// <summary>CenterAdmin with two-factor sign-in set up (or demo mode, visibly); the two-factor rule itself applies to every policy.</summary>
    public const string Admin = nameof(Admin);

    /// <summary>Signed in, two-factor sign-in not yet required: the enrolment page and nothing else.</summary>
    public const string TwoFactorEnrolment = nameof(TwoFactorEnrolment);

    /// <summary>Any role of the hotline center.</summary>
    public const string CenterStaff = nameof(CenterStaff);

    /// <summary>Any role of a member unit.</summary>
    public const string UnitStaff = nameof(UnitStaff);

    public static readonly string[] CenterRoles =
    [
        HotlineRoles.Agent, HotlineRoles.Dispatcher, HotlineRoles.Supervisor, HotlineRoles.CenterAdmin,
        HotlineRoles.KnowledgeEditor, HotlineRoles.ArchiveClerk, HotlineRoles.Assessor,
    ];

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Admin, p => p
            .RequireRole(HotlineRoles.CenterAdmin)
            .RequireClaim(HotlineClaims.TwoFactor, "enabled", "exempt"));
        options.AddPolicy(TwoFactorEnrolment, p => p.RequireAuthenticatedUser().AddRequirements(new TwoFactorEnrolmentRequirement()));
        options.AddPolicy(CenterStaff, p => p.RequireRole(CenterRoles));
        options.AddPolicy(UnitStaff, p => p.RequireRole(HotlineRoles.UnitRoles));
    }
}
