using Hotline.Platform.Security;

namespace Hotline.Intake.Public;

/// <summary>Online submissions per address per hour.</summary>
internal sealed class PublicSubmitLimiter(TimeProvider clock, ISharedRateLimits? shared = null)
    : SlidingWindowRateLimiter(clock, TimeSpan.FromHours(1), shared);

/// <summary>
/// Online submissions per phone number per day: each one sends an SMS to the number entered, so a stranger must not
/// be able to flood someone's phone from rotating addresses.
/// </summary>
internal sealed class PublicSmsLimiter(TimeProvider clock, ISharedRateLimits? shared = null)
    : SlidingWindowRateLimiter(clock, TimeSpan.FromDays(1), shared);

/// <summary>Progress lookups per address per quarter hour, right or wrong.</summary>
internal sealed class PublicLookupLimiter(TimeProvider clock, ISharedRateLimits? shared = null)
    : SlidingWindowRateLimiter(clock, TimeSpan.FromMinutes(15), shared);
