namespace Hotline.Platform.Exports;

public enum ExportState
{
    Queued = 1,
    Running = 2,
    Completed = 3,
    Cancelled = 4,
    Failed = 5,
    Expired = 6,
}

public static class ExportStateNames
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
/// One export as a background job: the requester's query and purpose, its progress, and the finished file in the data
/// directory, downloadable by the requester for 24 hours. A job found running at start-up was cut off by a restart and
/// runs again from the beginning; a file is offered only once it was written completely. Each module keeps its jobs
/// in its own table, as its own type (one CLR type maps to one table in the schema model that holds every module).
/// </summary>
public abstract class ExportJob
{
    public static readonly TimeSpan DownloadLifetime = TimeSpan.FromHours(24);

    protected ExportJob() { }

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

    public static TJob Queue<TJob>(string userId, string userName, string queryJson, string queryText, string purpose, int total, DateTime nowUtc)
        where TJob : ExportJob, new() => new()
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
