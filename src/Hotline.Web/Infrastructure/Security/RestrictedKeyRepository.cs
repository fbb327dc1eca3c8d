using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Hotline.Web.Infrastructure.Security;

/// <summary>
/// The data-protection key ring in the data directory, readable by the service user only: the directory 0700 and
/// every key file 0600 on Linux, applied to keys written before this too. Whoever reads the keys can forge sign-in
/// cookies, so they must not be readable by other local accounts (or by a backup job running as another user).
/// </summary>
internal sealed class RestrictedKeyRepository : FileSystemXmlRepository
{
    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public RestrictedKeyRepository(DirectoryInfo directory, ILoggerFactory loggerFactory) : base(directory, loggerFactory)
    {
        directory.Create();
        Restrict(directory);
    }

    public override void StoreElement(XElement element, string friendlyName)
    {
        base.StoreElement(element, friendlyName);
        Restrict(Directory);
    }

    private static void Restrict(DirectoryInfo directory)
    {
        if (OperatingSystem.IsWindows())
            return; // ACLs there; the data directory's own ACL applies
        File.SetUnixFileMode(directory.FullName, DirectoryMode);
        foreach (var file in directory.EnumerateFiles("*.xml"))
            File.SetUnixFileMode(file.FullName, FileMode);
    }
}
