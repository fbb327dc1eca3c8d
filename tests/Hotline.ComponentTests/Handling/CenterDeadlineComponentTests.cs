using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Handling.Deadlines;

namespace Hotline.ComponentTests.Handling;

/// <summary>The center's view of deadlines: the home widget follows the clock, the board lights every active assignment.</summary>
public sealed class CenterDeadlineComponentTests : ComponentTestBase
{

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task The_overdue_count_changes_when_the_clock_passes_a_deadline_without_any_save()
    {
        await SignInAsync("agent");
        await HandlingComponentData.DispatchToZjjAsync(Services, Now, "供暖不热室温不达标");
        await SignInAsync("dispatcher");

        var cut = Render<CenterDeadlineWidget>();

        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find("[data-testid=overdue-signfor]").TextContent.Trim()));
        Clock.Advance(TimeSpan.FromHours(9));
        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid=overdue-signfor]").TextContent.Trim()));
    }

    [Fact]
    public async Task The_board_lists_active_assignments_with_their_lights()
    {
        await SignInAsync("agent");
        await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-9), "道路积水无人处理");
        await HandlingComponentData.DispatchToZjjAsync(Services, Now, "井盖缺失存在安全隐患");
        await SignInAsync("supervisor");
        RenderProviders();

        var cut = Render<DeadlinesPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=deadlines-row-number]").Count));
        Assert.Equal(["red", "green"], cut.FindAll("[data-testid=deadlines-signfor]").Select(e => e.GetAttribute("data-light")));
    }
}
