using Bunit;
using Hotline.Archive.Borrowing;
using Hotline.Archive.Disposal;
using Hotline.ComponentTests.Infrastructure;

namespace Hotline.ComponentTests.Archive;

/// <summary>An archive list with nothing in it says so, rather than showing a bare header row.</summary>
public sealed class ArchiveEmptyListsTests : ComponentTestBase
{
    [Fact]
    public async Task A_manager_without_borrow_requests_is_told_there_are_none()
    {
        await SignInAsync("zjj.mgr");
        RenderProviders();
        var page = Render<BorrowPage>();
        page.WaitForAssertion(() => Assert.Equal("暂无调阅申请。", page.Find("[data-testid=borrow-mine-empty]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=borrow-row]"));
    }

    [Fact]
    public async Task The_clerk_sees_that_no_borrow_request_and_no_disposal_is_waiting()
    {
        await SignInAsync("archivist");
        RenderProviders();
        var borrowings = Render<BorrowingsPage>();
        borrowings.WaitForAssertion(() => Assert.Equal("暂无调阅申请。", borrowings.Find("[data-testid=borrowings-empty]").TextContent));

        var disposal = Render<DisposalPage>();
        disposal.WaitForAssertion(() => Assert.NotNull(disposal.Find("[data-testid=disposal-due-empty]")));
        disposal.FindAll(".mud-tab").Single(t => t.TextContent.Contains("销毁审批与登记簿")).Click();
        disposal.WaitForAssertion(() => Assert.Equal("暂无销毁提议。", disposal.Find("[data-testid=disposal-register-empty]").TextContent));
    }
}
