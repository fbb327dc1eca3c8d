using Hotline.Platform.Security;

namespace Hotline.Intake.Public;

/// <summary>Counters for the public submission and progress-lookup pages.</summary>
internal sealed class PublicRateLimiter(TimeProvider clock) : SlidingWindowRateLimiter(clock);
