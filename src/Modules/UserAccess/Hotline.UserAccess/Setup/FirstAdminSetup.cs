using System.Security.Cryptography;
using System.Text;
using Hotline.Platform.Auditing;
using Hotline.Platform.Identity;
using Hotline.Platform.Organization;
using Hotline.Platform.Rules;

namespace Hotline.UserAccess.Setup;

/// <summary>
/// The /setup page's one job: while no account exists, whoever can read the setup token on the server (the installer,
/// as root or the service user) creates the first CenterAdmin. The token is single-use and gone once any account exists.
/// </summary>
internal sealed class FirstAdminSetup
{
    public const string TokenFileName = "setup-token";

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    private readonly IDbContextFactory<UserAccessDbContext> _contexts;
    private readonly UserManager<ApplicationUser> _users;
    private readonly IUnitDirectory _units;
    private readonly TimeProvider _clock;

    public FirstAdminSetup(HostingOptions hosting, IDbContextFactory<UserAccessDbContext> contexts, UserManager<ApplicationUser> users,
        IUnitDirectory units, TimeProvider clock)
    {
        TokenPath = Path.Combine(hosting.FullDataDirectory, TokenFileName);
        _contexts = contexts;
        _users = users;
        _units = units;
        _clock = clock;
    }

    public string TokenPath { get; }

    /// <summary>True while the installation has no account and a token waits to be used.</summary>
    public async Task<bool> IsOpenAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(TokenPath))
            return false;
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        return !await db.Users.AnyAsync(cancellationToken);
    }

    /// <returns>The first administrator's user id.</returns>
    public async Task<string> CreateAsync(string token, string userName, string displayName, string password, string? ipAddress,
        CancellationToken cancellationToken = default)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            if (!await IsOpenAsync(cancellationToken))
                throw new BusinessRuleException("系统已有账号，初始化入口已关闭。请用已有的管理员账号登录。");
            if (!TokenMatches(token))
                throw new BusinessRuleException("初始化令牌不正确。请在服务器上查看数据目录中的 setup-token 文件。");
            userName = RequiredText.Of(userName, "用户名", 64);
            displayName = RequiredText.Of(displayName, "姓名", 50);

            await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
            var center = await _units.CenterAsync(cancellationToken);
            var admin = new ApplicationUser { UserName = userName, DisplayName = displayName, UnitId = center.Id, CreatedAtUtc = _clock.GetUtcNow().UtcDateTime };
            var created = await _users.CreateAsync(admin, password);
            if (!created.Succeeded)
                throw new BusinessRuleException(string.Join("；", created.Errors.Select(e => e.Description)));
            var role = await _users.AddToRoleAsync(admin, HotlineRoles.CenterAdmin);
            if (!role.Succeeded)
            {
                await _users.DeleteAsync(admin);
                throw new BusinessRuleException(string.Join("；", role.Errors.Select(e => e.Description)));
            }
            db.Audit(new Actor(admin.Id, userName, ipAddress), _clock, "初始化管理员", "User", admin.Id, "通过一次性初始化令牌创建首个中心管理员");
            await db.SaveChangesAsync(cancellationToken);
            DeleteToken();
            return admin.Id;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>Writes a new token readable by the service user only, unless one is already waiting.</summary>
    internal void EnsureToken()
    {
        if (File.Exists(TokenPath))
            return;
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var writer = new StreamWriter(TokenPath, Encoding.ASCII, options);
        writer.WriteLine(token);
    }

    internal void DeleteToken() => File.Delete(TokenPath);

    private bool TokenMatches(string token)
    {
        var expected = Encoding.ASCII.GetBytes(File.ReadAllText(TokenPath).Trim());
        var given = Encoding.ASCII.GetBytes((token ?? "").Trim());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
