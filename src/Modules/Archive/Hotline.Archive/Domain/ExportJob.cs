namespace Hotline.Archive.Domain;

internal enum ExportState
{
    Queued = 1,
    Running = 2,
    Completed = 3,
    Cancelled = 4,
    Failed = 5,
    Expired = 6,
}

internal static class ExportStateNames
{
    public static string DisplayName(this ExportState state) => state switch
    {
        ExportState.Queued => "排队中",
        ExportState.Running => "导出中",
        ExportState.Completed => "已完成",
        ExportState.Cancelled => "已取消",
        ExportState.Failed => "失败",
        ExportState.Expired => "已过期",
        _ => state.ToString(),
    };

    public static bool IsActive(this ExportState state) => state is ExportState.Queued or ExportState.Running;
}

/// <summary>
/// One bulk export (批量导出) as a background job: the clerk's query and purpose, its progress, and the finished ZIP in
/// the data directory, downloadable by the clerk for 24 hours. A job found running at start-up was cut off by a restart
/// and runs again from the beginning; a ZIP is offered only once it was written completely.
/// </summary>
internal sealed class ExportJob
{
    public static readonly TimeSpan DownloadLifetime = TimeSpan.FromHours(24);

    private ExportJob() { }

    public Guid Id { get; private set; }
    public string RequestedByUserId { get; private set; } = "";
    public string RequestedBy { get; private set; } = "";
    public string QueryJson { get; private set; } = "";
    public string QueryText { get; private set; } = "";
    public string Purpose { get; private set; } = "";
    public DateTime RequestedAtUtc { get; private set; }
    public ExportState State { get; private set; }
    public int Total { get; private set; }
    public int Done { get; private set; }
    public int Attempts { get; private set; }
    public bool CancelRequested { get; private set; }
    public DateTime? FinishedAtUtc { get; private set; }
    public DateTime? ExpiresAtUtc { get; private set; }
    public string? FileName { get; private set; }
    public long? FileSize { get; private set; }
    public string? Error { get; private set; }

    public static ExportJob Queue(string userId, string userName, string queryJson, string queryText, string purpose, int total, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        RequestedByUserId = userId,
        RequestedBy = userName,
        QueryJson = queryJson,
        QueryText = queryText.Length > 500 ? queryText[..500] : queryText,
        Purpose = purpose,
        RequestedAtUtc = nowUtc,
        State = ExportState.Queued,
        Total = total,
    };

    public void Start()
    {
        State = ExportState.Running;
        Done = 0;
        Attempts++;
    }

    public void Complete(string fileName, long size, DateTime nowUtc)
    {
        (State, FileName, FileSize, FinishedAtUtc, ExpiresAtUtc, Done) = (ExportState.Completed, fileName, size, nowUtc, nowUtc + DownloadLifetime, Total);
    }

    public void Cancel(DateTime nowUtc) => (State, FinishedAtUtc) = (ExportState.Cancelled, nowUtc);

    public void Fail(string error, DateTime nowUtc) =>
        (State, FinishedAtUtc, Error) = (ExportState.Failed, nowUtc, error.Length > 500 ? error[..500] : error);

    public void Expire() => (State, FileName) = (ExportState.Expired, null);

    public bool Downloadable(DateTime nowUtc) => State == ExportState.Completed && ExpiresAtUtc > nowUtc && FileName is not null;
}
