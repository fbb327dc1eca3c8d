using Hotline.ArchitectureTests.Discovery;
using Hotline.ArchitectureTests.Rules;

namespace Hotline.ArchitectureTests;

/// <summary>
/// Modules reach people through <c>IStaffDirectory</c> (the kernel): the accounts of a unit or a role, the agent at an
/// extension. Only the UserAccess module, which keeps the accounts, touches Identity's managers, so how accounts are kept
/// can change without another module noticing.
/// </summary>
public class AccountStoreTests
{
    private const string Owner = "UserAccess";

    // Generic types are named with their arity: the checker matches a used type's full name by its dotted parts.
    private static readonly string[] AccountStore =
    [
        "Microsoft.AspNetCore.Identity.UserManager`1",
        "Microsoft.AspNetCore.Identity.RoleManager`1",
        "Microsoft.AspNetCore.Identity.SignInManager`1",
    ];

    [Fact]
    public void No_module_but_UserAccess_uses_Identitys_managers()
    {
        var violations = ModuleProjects().Where(p => HotlineProjects.OwnerOf(p) != Owner)
            .SelectMany(p => TypeDependencyRules.TypesUsingAny(HotlineProjects.Load(p), AccountStore).Select(t => $"{p.Name}: {t}"))
            .ToList();
        Assert.Empty(violations);
    }

    [Fact]
    public void The_check_sees_the_managers_where_they_are_used()
    {
        var owner = ModuleProjects().Single(p => HotlineProjects.OwnerOf(p) == Owner && HotlineProjects.LayerOf(p) == Layer.Module);
        Assert.NotEmpty(TypeDependencyRules.TypesUsingAny(HotlineProjects.Load(owner), AccountStore));
    }

    private static IEnumerable<SolutionProject> ModuleProjects() =>
        HotlineProjects.Source.Where(p => HotlineProjects.LayerOf(p) is Layer.Module or Layer.Contracts);
}
