using Hotline.IntegrationTests.Dispatch.Returns;
using Hotline.Platform;
using Hotline.Platform.Organization;
using Hotline.Supervision.Coordination;
using Hotline.Supervision.Domain;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Supervision;

/// <summary>约谈提醒 and 专题协调 records: the Supervisor writes them, the center reads and prints them, units cannot.</summary>
public abstract class CoordinationTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task A_coordination_names_its_lead_unit_and_prints_as_a_record()
    {
        var housing = await ReturnTestData.UnitAsync(app, "ZJJ");
        var heldAt = app.Clock.GetUtcNow().UtcDateTime.AddHours(-2);
        var input = new CoordinationInput(CoordinationKind.Coordination, "老旧小区电梯维修责任认定", "QH2026112500001", heldAt,
            "县住建局 赵强；县市场监管局 孙磊；东城街道 王主任", "一、由县住建局牵头，十个工作日内完成电梯维修；二、市场监管局负责特种设备安全检验。", null);

        var noLead = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("supervisor", sp => sp.GetRequiredService<Coordinations>().RecordAsync(input)));
        Assert.Equal("专题协调须明确牵头单位。", noLead.Message);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("dispatcher", sp =>
            sp.GetRequiredService<Coordinations>().RecordAsync(input with { LeadUnitId = housing })));

        var id = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<Coordinations>().RecordAsync(input with { LeadUnitId = housing }));
        var row = await app.AsUserAsync("assessor", sp => sp.GetRequiredService<Coordinations>().GetAsync(id));
        Assert.Equal("县住房和城乡建设局", row!.LeadUnitName);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("zjj", sp => sp.GetRequiredService<Coordinations>().ListAsync(0, 20)));

        var title = await app.WithScopeAsync(sp => sp.GetRequiredService<IAreaDirectory>().HotlineTitleAsync());
        var document = CoordinationLayout.Build(row, title);
        var header = Assert.IsType<Hotline.Platform.Documents.Model.RedHeader>(document.Blocks[0]);
        Assert.EndsWith("专题协调会议纪要", header.Text);
        var bytes = await app.WithScopeAsync(sp => sp.GetRequiredService<Hotline.Platform.Documents.DocumentRenderer>().RenderAsync(document));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task A_meeting_in_the_future_or_without_decisions_is_refused()
    {
        var future = new CoordinationInput(CoordinationKind.Interview, "约谈县住建局", null, app.Clock.GetUtcNow().UtcDateTime.AddDays(3), "住建局分管领导", "限期整改", null);
        Assert.Contains("会后记录", (await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("supervisor", sp => sp.GetRequiredService<Coordinations>().RecordAsync(future)))).Message);
        Assert.Equal("请填写议定事项。", (await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("supervisor", sp => sp.GetRequiredService<Coordinations>().RecordAsync(future with { HeldAtUtc = app.Clock.GetUtcNow().UtcDateTime, Decisions = " " })))).Message);
    }
}

public sealed class SqliteCoordinationTests(SqliteApp app) : CoordinationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbCoordinationTests(MariaDbApp app) : CoordinationTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
