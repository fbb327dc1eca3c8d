using Hotline.Platform.Messaging;

namespace Hotline.Platform.Notifications;

public sealed class NotificationSignal : WorkSignal;
