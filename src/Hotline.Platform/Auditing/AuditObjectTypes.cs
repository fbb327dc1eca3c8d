namespace Hotline.Platform.Auditing;

/// <summary>How the audit log shows one kind of audited object: its Chinese name and, where there is one, the page that opens it.</summary>
/// <param name="Type">The object type as written in the log (e.g. "Case", "User").</param>
/// <param name="Link">The page of one object, from its logged id; null where an administrator has no page for it.</param>
public sealed record AuditObjectType(string Type, string Label, Func<string, string?>? Link = null);

/// <summary>Names audited objects of one type by their logged ids, so the log shows a user's or a unit's name instead of a GUID.</summary>
public interface IAuditObjectNames
{
    string Type { get; }

    Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
}

public static class AuditObjectTypes
{
    /// <summary>Modules register the object types they audit; the audit log page shows their labels and links.</summary>
    public static IServiceCollection AddAuditObjectType(this IServiceCollection services, string type, string label, Func<string, string?>? link = null) =>
        services.AddSingleton(new AuditObjectType(type, label, link));

    /// <summary>Objects logged by case number open through the case search, which goes straight to the case.</summary>
    public static string CaseLink(string caseNumber) => $"/search?q={Uri.EscapeDataString(caseNumber)}";
}
