using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.Archive.Workbench;
using Microsoft.AspNetCore.DataProtection;

namespace Hotline.Archive.Export;

/// <summary>
/// The query an export job keeps (<c>archive_exports.QueryJson</c>) so that it can run, and run again after a restart,
/// exactly as the clerk searched. Every filter is kept as it was except the caller's number: only its digits are kept,
/// protected with the app's Data Protection keys (in the data directory, not the database), so the table and a copy of
/// the database hold no caller's number; the job's 条件 text and the audit log show it masked.
/// </summary>
internal sealed class ExportQueries(IDataProtectionProvider protection)
{
    private const string ProtectedPhone = "ProtectedCallerPhone";
    private readonly IDataProtector _protector = protection.CreateProtector("Hotline.Archive.ExportQuery.CallerPhone.v1");

    public string Seal(ArchiveQuery query)
    {
        var json = JsonSerializer.SerializeToNode(query with { CallerPhone = null, Skip = 0, Take = 20 })!.AsObject();
        if (PhoneDigits.Of(query.CallerPhone) is { } digits)
            json[ProtectedPhone] = _protector.Protect(digits);
        return json.ToJsonString();
    }

    /// <exception cref="System.Security.Cryptography.CryptographicException">The keys that protected the number are gone.</exception>
    public ArchiveQuery Open(string queryJson)
    {
        var json = JsonNode.Parse(queryJson)!.AsObject();
        var query = json.Deserialize<ArchiveQuery>()!;
        return json[ProtectedPhone]?.GetValue<string>() is { } sealedPhone ? query with { CallerPhone = _protector.Unprotect(sealedPhone) } : query;
    }
}
