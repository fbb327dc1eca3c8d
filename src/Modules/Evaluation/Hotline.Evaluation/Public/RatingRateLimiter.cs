using Hotline.Platform.Security;

namespace Hotline.Evaluation.Public;

/// <summary>Counters for the public online-rating page, apart from Intake's.</summary>
internal sealed class RatingRateLimiter(TimeProvider clock) : SlidingWindowRateLimiter(clock);
