using Hotline.Platform.Security;

namespace Hotline.Evaluation.Public;

/// <summary>Counters for the public online-rating page (per address per hour), apart from Intake's.</summary>
internal sealed class RatingRateLimiter(TimeProvider clock, ISharedRateLimits? shared = null)
    : SlidingWindowRateLimiter(clock, TimeSpan.FromHours(1), shared);
