using System.Xml.Linq;
using Hotline.Platform.Persistence;
using Hotline.Platform.Security;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Infrastructure.Security;

/// <summary>
/// The key ring in the database (<c>Hotline:KeysInDatabase</c>), so that every app node behind the proxy accepts the
/// cookies and antiforgery tokens another node issued. Protect the keys with a certificate
/// (<c>Security:KeyCertificatePath</c>): without one they lie in the database, and its backups, as plain XML.
/// </summary>
internal sealed class DatabaseKeyRepository(IDbContextFactory<PlatformDbContext> contexts) : IXmlRepository
{
    // The framework's key ring asks synchronously, rarely (at start and when a key is due); it caches the answer.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = contexts.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
