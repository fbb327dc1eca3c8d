namespace Hotline.Integration.Domain;

internal enum DeliveryState
{
    Pending = 0,
    Delivered = 1,
    /// <summary>死信: every retry failed; waits for an administrator, and holds back the same case's later events.</summary>
    DeadLetter = 2,
}

/// <summary>One feed event on its way to one subscription; its id is the delivery id receivers dedupe on.</summary>
internal sealed class FeedDelivery
{
    public const int ErrorMax = 500;

    /// <summary>Waits before each retry: a receiver down for an hour loses nothing; after the last one the delivery is dead-lettered (about 6.5 h).</summary>
    public static readonly TimeSpan[] Backoff =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(1), TimeSpan.FromHours(2),
    ];

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SubscriptionId { get; private set; }
    public long Sequence { get; private set; }
    public Guid CaseId { get; private set; }
    public DeliveryState State { get; private set; }
    public int Attempts { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public DateTime? DeliveredAtUtc { get; private set; }
    public int? LastStatus { get; private set; }
    public string? LastError { get; private set; }

    public static FeedDelivery For(Guid subscriptionId, long sequence, Guid caseId, DateTime nowUtc) => new()
    {
        SubscriptionId = subscriptionId,
        Sequence = sequence,
        CaseId = caseId,
        State = DeliveryState.Pending,
        CreatedAtUtc = nowUtc,
        NextAttemptAtUtc = nowUtc,
    };

    public void Delivered(int status, DateTime nowUtc)
    {
        Attempts++;
        State = DeliveryState.Delivered;
        LastStatus = status;
        LastError = null;
        DeliveredAtUtc = nowUtc;
    }

    public void Failed(int? status, string error, DateTime nowUtc)
    {
        Attempts++;
        LastStatus = status;
        LastError = error.Length <= ErrorMax ? error : error[..ErrorMax];
        if (Attempts > Backoff.Length)
            State = DeliveryState.DeadLetter;
        else
            NextAttemptAtUtc = nowUtc + Backoff[Attempts - 1];
    }

    /// <summary>Waits behind an earlier delivery of the same case; not an attempt.</summary>
    public void HoldBack(DateTime untilUtc) => NextAttemptAtUtc = untilUtc;

    /// <summary>The earlier delivery of the same case went through: this one is due now.</summary>
    public void Release(DateTime nowUtc) => NextAttemptAtUtc = nowUtc;

    /// <summary>重新投递: an administrator sends a dead letter (or a waiting retry) again now.</summary>
    public bool Retry(DateTime nowUtc)
    {
        if (State == DeliveryState.Delivered)
            return false;
        State = DeliveryState.Pending;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
        return true;
    }
}
