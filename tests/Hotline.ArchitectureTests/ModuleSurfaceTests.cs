using Hotline.ArchitectureTests.Discovery;
using Hotline.ArchitectureTests.Rules;
using Hotline.Platform.Modules;

namespace Hotline.ArchitectureTests;

/// <summary>
/// What a module shows the rest of the application. These check every discovered module in one
/// test each: xunit v2 fails a theory whose data is empty, and a module may not exist yet.
/// </summary>
public class ModuleSurfaceTests
{
    [Fact]
    public void Modules_make_public_only_their_entry_point_and_their_razor_components()
    {
        var violations = HotlineProjects.Modules
            .SelectMany(m => PublicSurfaceRules.Violations([.. m.Implementations.Select(HotlineProjects.Load)]).Select(t => $"{m.Name}: {t}"));
        Assert.Empty(violations);
    }

    [Fact]
    public void Each_module_has_one_public_entry_point_named_after_its_folder()
    {
        var problems = new List<string>();
        foreach (var module in HotlineProjects.Modules)
        {
            var entries = PublicSurfaceRules.EntryPoints(HotlineProjects.Load(module.Implementation));
            if (entries.Count != 1)
            {
                problems.Add($"{module.Name}: {entries.Count} public IHotlineModule implementations, expected 1");
                continue;
            }
            if (entries[0].GetConstructor(Type.EmptyTypes) is null)
            {
                problems.Add($"{module.Name}: {entries[0].Name} needs a public parameterless constructor (the host lists modules statically)");
                continue;
            }
            var name = ((IHotlineModule)Activator.CreateInstance(entries[0])!).Name;
            if (name != module.Name)
                problems.Add($"{module.Name}: entry point says its name is '{name}'");
        }
        Assert.Empty(problems);
    }
}
