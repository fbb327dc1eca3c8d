using Hotline.Platform.Messaging;

namespace Hotline.Integration.Feed;

/// <summary>Wakes the delivery worker when a feed event was stored or an administrator retried a delivery.</summary>
internal sealed class FeedSignal : WorkSignal;
