using Hotline.ArchitectureTests.Discovery;
using Hotline.ArchitectureTests.Rules;

namespace Hotline.ArchitectureTests;

/// <summary>
/// Modules reach people through <c>IStaffDirectory</c> (the kernel): the accounts of a unit or a role, the agent at an
/// extension. None of them touches the account store itself — the account entity or Identity's managers — so how
/// accounts are kept can change without a module noticing.
/// </summary>
public class AccountStoreTests
{
    private static readonly string[] AccountStore =
    [
        "Hotline.Platform.Identity.ApplicationUser",
        "Hotline.Platform.Identity.HotlineUserManager",
        "Hotline.Platform.Identity.AgentExtensions",
        "Microsoft.AspNetCore.Identity.UserManager",
        "Microsoft.AspNetCore.Identity.RoleManager",
        "Microsoft.AspNetCore.Identity.SignInManager",
    ];

    [Fact]
    public void No_module_uses_the_account_store()
    {
        var violations = HotlineProjects.Source
            .Where(p => HotlineProjects.LayerOf(p) is Layer.Module or Layer.Contracts)
            .SelectMany(p => TypeDependencyRules.TypesUsingAny(HotlineProjects.Load(p), AccountStore).Select(t => $"{p.Name}: {t}"))
            .ToList();
        Assert.Empty(violations);
    }
}
