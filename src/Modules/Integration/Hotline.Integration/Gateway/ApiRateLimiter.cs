using Hotline.Platform.Security;

namespace Hotline.Integration.Gateway;

/// <summary>Each client's calls per minute, as its administrator set them.</summary>
internal sealed class ApiRateLimiter(TimeProvider clock, ISharedRateLimits? shared = null)
    : SlidingWindowRateLimiter(clock, TimeSpan.FromMinutes(1), shared);
