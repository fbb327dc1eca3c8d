using Hotline.ArchitectureTests.Discovery;
using Hotline.ArchitectureTests.Rules;
using Hotline.Platform.Modules;

namespace Hotline.ArchitectureTests;

/// <summary>Each owner's tables carry its prefix, so ownership is visible in the database and no two modules collide.</summary>
public class TablePrefixTests
{
    public const string Platform = "platform";

    /// <summary>The platform plus every module in the solution.</summary>
    public static TheoryData<string> Owners() => [Platform, .. HotlineProjects.Modules.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Owners))]
    public void Every_table_of_the_owner_carries_its_prefix(string owner)
    {
        if (owner == Platform)
        {
            Assert.Empty(TablePrefixRules.Violations(TablePrefixRules.PlatformTables(), TablePrefixRules.PlatformPrefix));
            return;
        }
        var module = HotlineProjects.Modules.Single(m => m.Name == owner);
        var entry = PublicSurfaceRules.EntryPoints(HotlineProjects.Load(module.Implementation)).Single();
        var instance = (IHotlineModule)Activator.CreateInstance(entry)!;
        Assert.Empty(TablePrefixRules.Violations(TablePrefixRules.ModuleTables(instance), module.TablePrefix));
    }
}
