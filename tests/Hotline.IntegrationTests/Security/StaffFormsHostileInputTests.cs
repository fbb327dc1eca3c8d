using System.Text.RegularExpressions;
using Hotline.Dispatch.Persistence;
using Hotline.Handling.Contact;
using Hotline.Handling.Contracts;
using Hotline.Handling.Notes;
using Hotline.Handling.Persistence;
using Hotline.Handling.Replies.Templates;
using Hotline.Handling.SignFor;
using Hotline.IntegrationTests.Dispatch;
using Hotline.IntegrationTests.Handling;
using Hotline.IntegrationTests.Intake;
using Hotline.Intake.Persistence;
using Hotline.Platform;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Security;

/// <summary>
/// Issue #13, the staff side of the hostile-input corpus. The staff forms run in Blazor circuits: what a form sends is
/// what its service receives, so the corpus goes through the services the forms call, as the signed-in staff member,
/// on both databases — registration, dispatch note, contact, progress note and the reply phrases. Each value is
/// either refused with a Chinese message and nothing saved, or saved whole (emoji and rare CJK intact on MariaDB's
/// utf8mb4); no other exception. Blazor escapes what it renders; the only raw-HTML spots are checked by
/// MarkupStringTests (sanitized Markdown and the search snippets).
/// </summary>
public abstract partial class StaffFormsHostileInputTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private static readonly string[] Payloads =
    [
        "<script>alert('x')</script>",
        "\"><img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)><a href=\"javascript:alert(1)\">x</a>",
        "'; DROP TABLE intake_cases; -- \" OR 1=1 /*",
        new string('A', 1024 * 1024),
        "前\0后\u0001\u0007\u001b[31m\u007f",
        "\u202Etxt.exe\u202C",
        "😀👨‍👩‍👧 𠀀𪚥𰻞 \uFFFD",
        "2026-13-45T25:61:00",
        "-1",
        "99999999999999999999999999",
    ];

    /// <summary>Runs one submission: refused with a Chinese message and nothing stored, or stored exactly as trimmed.</summary>
    private async Task CheckAsync(string form, string payload, string user, Func<IServiceProvider, Task> submit,
        Func<IServiceProvider, Task<List<string>>> stored)
    {
        var before = await app.WithScopeAsync(stored);
        try
        {
            await app.AsUserAsync(user, submit);
        }
        catch (BusinessRuleException refusal)
        {
            Assert.True(Chinese().IsMatch(refusal.Message), $"{form} «{Sample(payload)}»: refused without a Chinese message: {refusal.Message}");
            Assert.Equal(before.Count, (await app.WithScopeAsync(stored)).Count);
            return;
        }
        var after = await app.WithScopeAsync(stored);
        var whole = payload.Trim();
        Assert.True(after.Count(v => v == whole) > before.Count(v => v == whole), $"{form} «{Sample(payload)}»: accepted but not stored whole");
    }

    [Fact]
    public async Task Registration_fields_refuse_or_keep_the_text_whole()
    {
        foreach (var payload in Payloads)
        {
            var input = await IntakeTestData.ComplaintAsync(app);
            await CheckAsync("诉求内容", payload, "agent",
                sp => IntakeTestData.RegisterAsync(app, input with { Content = payload, SubmissionKey = Guid.NewGuid() }),
                async sp => await sp.GetRequiredService<IntakeDbContext>().Cases.Select(c => c.Content).ToListAsync());
            await CheckAsync("详细地址", payload, "agent",
                sp => IntakeTestData.RegisterAsync(app, input with { Address = payload, SubmissionKey = Guid.NewGuid() }),
                async sp => await sp.GetRequiredService<IntakeDbContext>().Cases.Select(c => c.Address).ToListAsync());
        }
    }

    [Fact]
    public async Task The_dispatch_note_refuses_or_keeps_the_text_whole()
    {
        var zjj = await DispatchTestData.UnitAsync(app, "ZJJ");
        foreach (var payload in Payloads)
        {
            var accepted = await DispatchTestData.AcceptedCaseAsync(app);
            await CheckAsync("给承办单位的说明", payload, "dispatcher",
                sp => DispatchTestData.DispatchAsync(app, accepted.CaseId, zjj, note: payload),
                async sp => await sp.GetRequiredService<DispatchDbContext>().Assignments
                    .Where(a => a.CaseId == accepted.CaseId && a.Note != null).Select(a => a.Note!).ToListAsync());
        }
    }

    [Fact]
    public async Task Contact_and_progress_notes_refuse_or_keep_the_text_whole()
    {
        var dispatched = await HandlingTestData.DispatchAsync(app, "13600991234", withCo: false);
        var id = dispatched.LeadId;
        await app.AsUserAsync("zjj", async sp => await sp.GetRequiredService<SignForService>().SignForAsync(id, await HandlingTestData.VersionAsync(app, id)));
        foreach (var payload in Payloads)
        {
            await CheckAsync("联系情况", payload, "zjj",
                sp => sp.GetRequiredService<ContactService>().RecordAsync(id, new ContactInput(null, ContactMethod.Phone, true, payload)),
                async sp => await sp.GetRequiredService<HandlingDbContext>().Contacts.Where(c => c.AssignmentId == id && c.Note != null).Select(c => c.Note!).ToListAsync());
            await CheckAsync("办理过程记录", payload, "zjj",
                sp => sp.GetRequiredService<NoteService>().AddAsync(id, payload, []),
                async sp => await sp.GetRequiredService<HandlingDbContext>().Notes.Where(n => n.AssignmentId == id).Select(n => n.Text).ToListAsync());
        }
    }

    [Fact]
    public async Task Reply_phrases_refuse_or_keep_the_text_whole()
    {
        foreach (var payload in Payloads)
        {
            await CheckAsync("中心常用语", payload, "admin",
                sp => sp.GetRequiredService<ReplyTemplates>().SaveCenterAsync(payload),
                async sp => (await sp.GetRequiredService<Hotline.Platform.Settings.SettingsStore>().GetAsync<string[]>(ReplyTemplates.CenterKey, [])).ToList());
        }
    }

    private static string Sample(string payload) => payload.Length > 40 ? payload[..40] + "…" : payload;

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}

public sealed class SqliteStaffFormsHostileInputTests(SqliteApp app) : StaffFormsHostileInputTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbStaffFormsHostileInputTests(MariaDbApp app) : StaffFormsHostileInputTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
