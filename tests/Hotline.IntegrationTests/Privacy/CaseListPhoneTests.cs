using Hotline.IntegrationTests.Intake;
using Hotline.Intake.Shared;
using Hotline.Intake.Registration;
using Hotline.Intake.Decisions;
using Hotline.Intake.Merging;
using Hotline.Intake.Repeats;
using Hotline.Intake.CaseSearch;
using Hotline.Intake.CaseView;
using Hotline.Intake.Progress;
using Hotline.Intake.Intercepted;
using Hotline.Intake.FlowSheet;
using Hotline.Intake.Settings;
using Hotline.Intake.Today;
using Hotline.Intake.Public;
using Hotline.Intake.Domain;
using Hotline.Intake.Persistence;
using Hotline.Platform;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Privacy;

/// <summary>
/// The case list and the pending list never hand out full numbers (#13.6); searching by phone is a complete-number
/// match for roles that only see masks, and every search by phone is audited (#13.5).
/// </summary>
public abstract class CaseListPhoneTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<CasePage> ListAsync(string user, CaseListFilter filter) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<CaseQueries>().ListAsync(filter, CaseSort.RegisteredDesc, 0, 50));

    private Task<List<Hotline.Platform.Auditing.AuditEntry>> AuditAsync(string action, string user) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.Action == action && a.UserName == user).ToListAsync());

    [Theory]
    [InlineData("kbeditor")]
    [InlineData("archivist")]
    [InlineData("assessor")]
    [InlineData("admin")]
    public async Task A_role_that_sees_only_masks_may_search_a_complete_number_never_a_fragment_and_each_search_is_audited(string user)
    {
        var phone = "1390055" + Random.Shared.Next(1000, 9999);
        var result = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: phone));
        var before = (await AuditAsync(PhoneSearch.AuditAction, user)).Count;

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => ListAsync(user, new CaseListFilter { Phone = phone[..7] }));
        Assert.Equal(PhoneSearch.FragmentRefused, refused.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => ListAsync(user, new CaseListFilter { Phone = phone[3..] }));
        await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync(user, sp => sp.GetRequiredService<CaseQueries>()
            .CheckExportAsync(new CaseListFilter { Phone = phone[..7] })));

        var found = await ListAsync(user, new CaseListFilter { Phone = phone });
        var row = Assert.Single(found.Rows);
        Assert.Equal(result.CaseNumber, row.Number);
        Assert.DoesNotContain(phone, row.PhoneShown);

        var audits = await AuditAsync(PhoneSearch.AuditAction, user);
        Assert.Equal(before + 1, audits.Count);
        var detail = audits.OrderBy(a => a.AtUtc).Last().Detail!;
        Assert.Contains("完整号码", detail);
        Assert.DoesNotContain(phone, detail);
    }

    [Fact]
    public async Task An_agent_may_search_a_fragment_but_it_is_audited_and_the_rows_stay_masked()
    {
        var phone = "1390066" + Random.Shared.Next(1000, 9999);
        await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: phone));
        var before = (await AuditAsync(PhoneSearch.AuditAction, "agent")).Count;

        var page = await ListAsync("agent", new CaseListFilter { Phone = phone[3..] });
        Assert.Contains(page.Rows, r => r.PhoneShown == $"{phone[..3]}****{phone[^4..]}");
        Assert.All(page.Rows, r => Assert.True(r.PhoneMasked));
        Assert.Equal(before + 1, (await AuditAsync(PhoneSearch.AuditAction, "agent")).Count);
        // A list without a phone filter is not a phone search.
        await ListAsync("agent", new CaseListFilter());
        Assert.Equal(before + 1, (await AuditAsync(PhoneSearch.AuditAction, "agent")).Count);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("dispatcher")]
    [InlineData("supervisor")]
    public async Task Roles_that_call_back_see_masks_in_the_lists_and_reveal_one_row_audited_but_never_a_confidential_row(string user)
    {
        var phone = "1390077" + Random.Shared.Next(1000, 9999);
        var open = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: phone));
        var secret = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: phone) with { IsConfidential = true, SubmissionKey = Guid.NewGuid() });

        var rows = (await ListAsync(user, new CaseListFilter { Phone = phone })).Rows;
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal($"{phone[..3]}****{phone[^4..]}", r.PhoneShown));

        var revealed = await app.AsUserAsync(user, sp => sp.GetRequiredService<ListPhoneReveal>().RevealAsync(open.CaseId));
        Assert.Equal(phone, revealed);
        Assert.Contains(await AuditAsync("查看诉求人电话", user), a => a.ObjectId == open.CaseNumber && a.Detail == ListPhoneReveal.Purpose);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync(user, sp => sp.GetRequiredService<ListPhoneReveal>().RevealAsync(secret.CaseId)));
        Assert.Equal(ListPhoneReveal.ConfidentialRefused, refused.Message);
        Assert.DoesNotContain(await AuditAsync("查看诉求人电话", user), a => a.ObjectId == secret.CaseNumber);
    }

    [Fact]
    public async Task Roles_without_need_cannot_reveal_from_a_list_and_the_pending_list_is_masked()
    {
        var phone = "1390088" + Random.Shared.Next(1000, 9999);
        var result = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: phone));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("assessor", sp => sp.GetRequiredService<ListPhoneReveal>().RevealAsync(result.CaseId)));

        // An online submission waiting for an agent, as the public channel leaves it.
        var pending = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: phone) with { SubmissionKey = Guid.NewGuid() });
        await app.WithScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().Cases.Where(c => c.Id == pending.CaseId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, Hotline.Intake.Contracts.CaseStatus.PendingAcceptance)));
        var rows = await app.AsUserAsync("agent", sp => sp.GetRequiredService<CaseQueries>().PendingAsync());
        var row = Assert.Single(rows, r => r.Id == pending.CaseId);
        Assert.Equal($"{phone[..3]}****{phone[^4..]}", row.PhoneShown);
        Assert.True(row.PhoneMasked);
        // The pending page matches the caller's history on the server with the full number, which it never renders.
        Assert.Equal(phone, await app.AsUserAsync("agent", sp => sp.GetRequiredService<CaseQueries>().PendingCallerPhoneAsync(pending.CaseId)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("assessor", sp => sp.GetRequiredService<CaseQueries>().PendingCallerPhoneAsync(pending.CaseId)));
        Assert.Null(await app.AsUserAsync("agent", sp => sp.GetRequiredService<CaseQueries>().PendingCallerPhoneAsync(result.CaseId)));
    }
}

public sealed class SqliteCaseListPhoneTests(SqliteApp app) : CaseListPhoneTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbCaseListPhoneTests(MariaDbApp app) : CaseListPhoneTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
