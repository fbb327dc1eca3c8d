using Hotline.ArchitectureTests.Discovery;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.SelfTestSamples.Domain;

namespace Hotline.ArchitectureTests;

/// <summary>
/// The module template rules pass on modules that follow the template, so each one is run here on a bad sample
/// (a module folder written to a temporary directory, entities in SelfTestSamples.Domain) to prove it reports it.
/// </summary>
public sealed class TemplateCheckerSelfTests : IDisposable
{
    private const string SampleDomain = "Hotline.ArchitectureTests.SelfTestSamples.Domain";
    private readonly string _root = Directory.CreateTempSubdirectory("hotline-template-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_good_module_passes_every_folder_rule()
    {
        var dir = GoodModule();
        Assert.Empty(ModuleTemplateRules.RootFileViolations(dir));
        Assert.Empty(ModuleTemplateRules.MissingFolders(dir));
        Assert.Empty(ModuleTemplateRules.ForbiddenFolderViolations(dir));
        Assert.Empty(ModuleTemplateRules.RegistrationViolations(dir));
        Assert.Equal(["Returns"], ModuleTemplateRules.CapabilityFolders(dir));
    }

    [Fact]
    public void Root_checker_reports_a_partial_module_file_and_stray_code()
    {
        var dir = GoodModule();
        Write(dir, "SampleModule.Returns.cs", "partial class SampleModule { }");
        Write(dir, "ReturnRules.cs", "class ReturnRules { }");
        Assert.Equal(["ReturnRules.cs", "SampleModule.Returns.cs"], ModuleTemplateRules.RootFileViolations(dir));
    }

    [Fact]
    public void Folder_checker_reports_missing_Domain_and_Persistence()
    {
        var dir = GoodModule();
        Directory.Delete(Path.Combine(dir, "Persistence"), recursive: true);
        Assert.Equal(["Persistence"], ModuleTemplateRules.MissingFolders(dir));
    }

    [Fact]
    public void Folder_checker_reports_technical_layer_folders()
    {
        var dir = GoodModule();
        Write(dir, "Application/Handlers/X.cs", "");
        Write(dir, "Components/Y.razor", "");
        Assert.Equal(["Application", "Components"], ModuleTemplateRules.ForbiddenFolderViolations(dir));
    }

    [Fact]
    public void Registration_checker_reports_a_capability_without_registration()
    {
        var dir = GoodModule();
        Write(dir, "Queue/QueuePage.razor", "");
        Assert.Equal(["Queue: no *Registration.cs"], ModuleTemplateRules.RegistrationViolations(dir));
    }

    [Fact]
    public void Registration_checker_reports_a_registration_the_entry_point_does_not_call()
    {
        var dir = GoodModule();
        Write(dir, "SampleModule.cs", "public sealed class SampleModule { void AddServices(IServiceCollection s) { } }");
        Assert.Equal(["Returns: the entry point does not call AddReturns()"], ModuleTemplateRules.RegistrationViolations(dir));
    }

    [Fact]
    public void Registration_checker_reports_a_registration_without_an_Add_method()
    {
        var dir = GoodModule();
        Write(dir, "Returns/ReturnsRegistration.cs", "static partial class SampleModule { static partial void AddReturns(IServiceCollection services); }");
        Assert.Equal(["Returns: its registration declares no Add…(this IServiceCollection …)"], ModuleTemplateRules.RegistrationViolations(dir));
    }

    [Fact]
    public void Registration_checker_reports_a_capability_of_the_application_part_that_the_module_project_does_not_register()
    {
        var dir = GoodModule();
        var app = Path.Combine(_root, "Hotline.Sample.Application");
        Write(app, "Persistence/SampleDbContext.cs", "class SampleDbContext { }");
        Write(app, "Returns/ReturnReview.cs", "class ReturnReview { }");
        Assert.Empty(ModuleTemplateRules.RegistrationViolations(dir, app));
        Write(app, "Queue/DispatchQueue.cs", "class DispatchQueue { }");
        Assert.Equal(["Queue: no *Registration.cs"], ModuleTemplateRules.RegistrationViolations(dir, app));
    }

    [Fact]
    public void Domain_reference_checker_reports_a_compiled_reference_to_EF_Core_and_passes_a_real_domain_project()
    {
        Assert.Contains("Microsoft.EntityFrameworkCore", ModuleTemplateRules.DomainReferenceViolations(typeof(SampleTicket).Assembly));
        Assert.Empty(ModuleTemplateRules.DomainReferenceViolations(HotlineProjects.Load(HotlineProjects.ByAssembly("Hotline.Handling.Domain"))));
    }

    [Fact]
    public void A_split_modules_parts_use_only_the_parts_beneath_them_and_its_domain_no_platform()
    {
        string[] Forbidden(string name) => [.. Boundaries.ForbiddenFor(HotlineProjects.ByAssembly(name)).Select(p => p.Name)];
        Assert.Contains("Hotline.Handling.Application", Forbidden("Hotline.Handling.Domain"));
        Assert.Contains("Hotline.Platform", Forbidden("Hotline.Handling.Domain"));
        Assert.Contains("Hotline.BuildingBlocks.Persistence", Forbidden("Hotline.Handling.Domain"));
        Assert.DoesNotContain("Hotline.BuildingBlocks.Domain", Forbidden("Hotline.Handling.Domain"));
        Assert.Contains("Hotline.Handling", Forbidden("Hotline.Handling.Application"));
        Assert.DoesNotContain("Hotline.Handling.Domain", Forbidden("Hotline.Handling.Application"));
        Assert.DoesNotContain("Hotline.Handling.Application", Forbidden("Hotline.Handling"));
        Assert.Contains("Hotline.Intake.Application", Forbidden("Hotline.Handling"));
    }

    [Fact]
    public void Status_checker_reports_settable_statuses_and_accepts_a_private_setter()
    {
        var violations = ModuleTemplateRules.StatusSetterViolations(typeof(SampleTicket).Assembly, SampleDomain);
        Assert.Equal(
        [
            $"{typeof(SampleLooseTicket).FullName}.{nameof(SampleLooseTicket.PaymentStatus)}",
            $"{typeof(SampleLooseTicket).FullName}.{nameof(SampleLooseTicket.ReviewStatus)}",
            $"{typeof(SampleLooseTicket).FullName}.{nameof(SampleLooseTicket.Status)}",
        ], violations);
    }

    [Fact]
    public void Domain_dependency_checker_reports_a_type_that_uses_EF_Core()
    {
        var violations = ModuleTemplateRules.DomainDependencyViolations(typeof(SampleTicket).Assembly, SampleDomain);
        Assert.Equal([typeof(SampleEntityWithDbContext).FullName!], violations);
    }

    /// <summary>The template's worked example in miniature: entry point, imports, project, Domain, Persistence, one capability.</summary>
    private string GoodModule()
    {
        var dir = Path.Combine(_root, "Hotline.Sample");
        Write(dir, "Hotline.Sample.csproj", "<Project />");
        Write(dir, "_Imports.razor", "@using MudBlazor");
        Write(dir, "SampleModule.cs", "public sealed class SampleModule { void AddServices(IServiceCollection s) { s.AddReturns(); } }");
        Write(dir, "Domain/Ticket.cs", "class Ticket { }");
        Write(dir, "Persistence/SampleDbContext.cs", "class SampleDbContext { }");
        Write(dir, "Shared/Helper.cs", "class Helper { }");
        Write(dir, "Returns/ReturnsRegistration.cs",
            "internal static class ReturnsRegistration { public static IServiceCollection AddReturns(this IServiceCollection services) => services; }");
        Write(dir, "Returns/Review/ReturnsPage.razor", "");
        return dir;
    }

    private static void Write(string dir, string relativePath, string text)
    {
        var path = Path.Combine(dir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
