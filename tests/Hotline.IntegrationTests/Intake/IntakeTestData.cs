using Hotline.Intake.Decisions;
using Hotline.Intake.Registration;
using Hotline.Intake.Contracts;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Intake;

/// <summary>Valid registrations on the demo county, for tests to vary.</summary>
internal static class IntakeTestData
{
    public static async Task<RegistrationInput> ComplaintAsync(HotlineAppFactory app, string phone = "13812345678", string content = "幸福小区物业长期不维修电梯，业主多次反映无果")
    {
        return await app.WithScopeAsync(async sp =>
        {
            var categories = sp.GetRequiredService<ICategoryCatalog>();
            var areas = sp.GetRequiredService<IAreaDirectory>();
            var category = (await categories.ActiveCategoriesAsync()).First(c => c.IsLeaf && c.Name.Contains("物业"));
            var area = (await areas.ActiveAreasAsync()).First(a => a.Level == AreaLevel.Township);
            return new RegistrationInput
            {
                Channel = Channel.Phone,
                RequestType = RequestTypeCode.Complaint,
                CategoryId = category.Id,
                AreaId = area.Id,
                Address = "幸福小区3号楼",
                Content = content,
                CallerName = "张先生",
                CallerPhone = phone,
            };
        });
    }

    public static Task<RegistrationResult> RegisterAsync(HotlineAppFactory app, RegistrationInput input, IntakeDecision? decision = null, string user = "agent") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<CaseRegistration>().RegisterAsync(input, decision ?? new IntakeDecision.Accept()));
}
