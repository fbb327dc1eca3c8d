using System.Collections;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Hotline.Platform;
using Hotline.Platform.Modules;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Security;

/// <summary>
/// The service half of the sweep: every entry point of a module service that takes a case's or an assignment's id,
/// called as every role and unit account against every kind of case the account may not see: it must refuse
/// (or find nothing) and hand back no case content. Where the account may see the case, what a read returns must not
/// carry the identity of a caller the account is shielded from. Entry points are discovered from the container, so a
/// new one is swept without editing this test.
/// </summary>
public abstract class ServiceSweepTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        ReferenceHandler = System.Text.Json.Serialization.ReferenceHandler.IgnoreCycles,
        MaxDepth = 16,
    };

    /// <summary>Parameter names that carry the id of a case or of something inside one.</summary>
    private static readonly string[] CaseIds = ["caseId", "targetCaseId"];
    private static readonly string[] AssignmentIds = ["assignmentId", "leadAssignmentId", "subAssignmentId"];

    private IReadOnlyList<MethodInfo> EntryPoints()
    {
        var moduleAssemblies = app.Services.GetServices<IHotlineModule>().SelectMany(m => ModuleParts(m.GetType().Assembly)).ToHashSet();
        using var _ = app.CreateClient(); // builds the host, which fills the registrations
        return app.Registrations
            .Where(d => d.ImplementationType is { } t && d.ServiceType == t && moduleAssemblies.Contains(t.Assembly) && !t.IsGenericTypeDefinition)
            .Select(d => d.ImplementationType!)
            .Distinct()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) && IdParameter(m) is not null
                        && !m.GetParameters().Any(p => typeof(DbContext).IsAssignableFrom(p.ParameterType)))
            .OrderBy(m => m.DeclaringType!.Name).ThenBy(m => m.Name).ToList();
    }

    /// <summary>A module's entry assembly and, in a module split into parts, its Application part (Hotline.Intake.Application, …).</summary>
    private static IEnumerable<Assembly> ModuleParts(Assembly entry) =>
        entry.GetReferencedAssemblies()
            .Where(r => r.Name is { } name && name.StartsWith(entry.GetName().Name + ".", StringComparison.Ordinal) && !name.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .Prepend(entry);

    private static ParameterInfo? IdParameter(MethodInfo m) =>
        m.GetParameters().FirstOrDefault(p => p.ParameterType == typeof(Guid) && (CaseIds.Contains(p.Name) || AssignmentIds.Contains(p.Name)));

    [Fact]
    public void The_sweep_finds_the_modules_entry_points()
    {
        var names = EntryPoints().Select(m => $"{m.DeclaringType!.Name}.{m.Name}").ToList();
        Assert.Contains("CaseDetails.GetAsync", names);
        Assert.Contains("CallerIdentityService.RevealAsync", names);
        Assert.Contains("SignForService.SignForAsync", names);
        Assert.True(names.Count >= 25, string.Join(", ", names));
    }

    [Fact]
    public async Task Every_entry_point_refuses_a_case_the_viewer_may_not_see_and_hands_back_nothing_of_it()
    {
        var world = await SweepWorld.ForAsync(app);
        var parents = world.Parents;
        var mayRead = AccessTable.CasePages["/cases/{CaseId:guid}"];
        var wrong = new List<string>();
        var calls = 0;
        foreach (var method in EntryPoints())
        foreach (var viewer in world.Viewers)
        foreach (var c in world.Cases)
        foreach (var id in Ids(method, c))
        {
            var allowed = mayRead(viewer, c, null, parents);
            var reads = IsRead(method);
            if (allowed && !reads)
                continue; // a command the viewer may give: not this sweep's business, and it would change the world
            calls++;
            var (result, error) = await CallAsync(method, viewer.UserName, id);
            var where = $"{viewer.UserName} {method.DeclaringType!.Name}.{method.Name}({c.Kind})";
            if (error is not null and not (UnauthorizedAccessException or BusinessRuleException or KeyNotFoundException))
            {
                wrong.Add($"{where}: {error.GetType().Name}: {error.Message}");
                continue;
            }
            var text = result is null ? "" : JsonSerializer.Serialize(result, result.GetType(), Json);
            var forbidden = allowed
                ? (AccessTable.HidesCallerFrom(c, viewer, parents) ? c.Identity : [])
                : c.Content;
            var leaked = forbidden.Where(t => text.Contains(t, StringComparison.Ordinal)).ToList();
            if (leaked.Count > 0)
                wrong.Add($"{where}: {(allowed ? "shielded caller" : "refused case")} leaked {string.Join("、", leaked)}");
        }
        Assert.True(calls > 500, $"only {calls} calls");
        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong of {calls} calls:\n" + string.Join("\n", wrong));
    }

    /// <summary>Queries answer with data; commands answer with nothing, a flag, a time or a state.</summary>
    private static bool IsRead(MethodInfo m)
    {
        if (!m.ReturnType.IsGenericType)
            return false;
        var t = m.ReturnType.GetGenericArguments()[0];
        return !(t.IsPrimitive || t.IsEnum || t == typeof(Guid) || t == typeof(DateTime) || t == typeof(string))
               && !m.Name.StartsWith("Submit", StringComparison.Ordinal) && !m.Name.StartsWith("Approve", StringComparison.Ordinal)
               && !m.Name.StartsWith("Add", StringComparison.Ordinal);
    }

    private static IEnumerable<Guid> Ids(MethodInfo method, SweepCase c) =>
        CaseIds.Contains(IdParameter(method)!.Name) ? [c.CaseId] : c.Assignments.Select(a => a.AssignmentId);

    private async Task<(object? Result, Exception? Error)> CallAsync(MethodInfo method, string userName, Guid id)
    {
        try
        {
            var result = await app.AsUserAsync(userName, async sp =>
            {
                var target = sp.GetRequiredService(method.DeclaringType!);
                var idParameter = IdParameter(method)!;
                var args = method.GetParameters().Select(p => p == idParameter ? id : Dummy(p.ParameterType, p.Name, 0)).ToArray();
                var task = (Task)method.Invoke(target, args)!;
                await task;
                return task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
            });
            return (Empty(result) ? null : result, null);
        }
        catch (Exception ex)
        {
            return (null, ex is TargetInvocationException { InnerException: { } inner } ? inner : ex);
        }
    }

    private static bool Empty(object? result) => result is null || (result is IEnumerable e and not string && !e.Cast<object>().Any());

    /// <summary>A plausible value for any other parameter, so the call reaches the service's own checks.</summary>
    private object? Dummy(Type type, string? name, int depth)
    {
        if (type == typeof(CancellationToken))
            return CancellationToken.None;
        if (type == typeof(string))
            return "门禁扫描的测试输入，内容足够长以通过长度检查。" + name;
        if (type == typeof(Guid))
            return Guid.Empty;
        if (type == typeof(DateTime))
            return app.Clock.GetUtcNow().UtcDateTime;
        if (type == typeof(DateTimeOffset))
            return app.Clock.GetUtcNow();
        if (type == typeof(bool))
            return false;
        if (type.IsEnum)
            return Enum.GetValues(type).GetValue(0);
        if (type.IsPrimitive || type == typeof(decimal))
            return Activator.CreateInstance(type);
        if (Nullable.GetUnderlyingType(type) is not null)
            return null;
        if (type.IsArray)
            return Array.CreateInstance(type.GetElementType()!, 0);
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var g
            && (g == typeof(IReadOnlyList<>) || g == typeof(IEnumerable<>) || g == typeof(IReadOnlyCollection<>) || g == typeof(List<>)))
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        if (depth > 3 || type.IsAbstract || type.IsInterface)
            return null;
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null)
            return Activator.CreateInstance(type);
        return constructor.Invoke(constructor.GetParameters().Select(p => Dummy(p.ParameterType, p.Name, depth + 1)).ToArray());
    }
}

public sealed class SqliteServiceSweepTests(SqliteApp app) : ServiceSweepTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbServiceSweepTests(MariaDbApp app) : ServiceSweepTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
