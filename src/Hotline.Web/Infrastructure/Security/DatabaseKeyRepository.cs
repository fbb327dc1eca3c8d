using System.Xml.Linq;
using Hotline.Platform.Security;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Hotline.Web.Infrastructure.Security;

/// <summary>
/// The key ring in the database (<c>Hotline:KeysInDatabase</c>), so that every app node behind the proxy accepts the
/// cookies and antiforgery tokens another node issued. Protect the keys with a certificate
/// (<c>Security:KeyCertificatePath</c>): without one they lie in the database, and its backups, as plain XML.
/// </summary>
/// <remarks>
/// The key ring is a singleton and the context factory is scoped: each call opens its own scope rather than holding a
/// factory resolved from the root (which Development's scope validation refuses at start).
/// </remarks>
internal sealed class DatabaseKeyRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    // The framework's key ring asks synchronously, rarely (at start and when a key is due); it caches the answer.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
