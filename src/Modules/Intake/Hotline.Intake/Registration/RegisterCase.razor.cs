using Hotline.Platform.Attachments;
using Hotline.Knowledge.Contracts;
using Hotline.Platform.Forms;
using Hotline.Platform.Organization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;
using MudBlazor;

namespace Hotline.Intake.Registration;

public partial class RegisterCase
{
    private RegistrationForm _form = new();
    private DecisionState _decision = new();
    private readonly List<StagedAttachment> _attachments = [];
    private IReadOnlyList<RequestTypeInfo> _types = [];
    private IReadOnlyList<CategoryInfo> _categories = [];
    private IReadOnlyList<AreaInfo> _areas = [];
    private IReadOnlyList<UnitInfo> _units = [];
    private RegistrationResult? _result;
    private readonly FormErrors _errors = new();
    private bool _saving;
    private bool _uploading;
    private bool _shortcutsReady;
    private DotNetObjectReference<RegisterCase>? _self;
    private IJSObjectReference? _shortcuts;
    private string? _openedCall;
    private bool _callRegistered;

    /// <summary>The screen-pop's call: its id only, the number is loaded here (an address ends up in logs and history).</summary>
    [SupplyParameterFromQuery(Name = "call")]
    public string? Call { get; set; }

    /// <summary>MudSelect shows ToStringFunc of the value, not the item's text: without it the field reads "Complaint".</summary>
    private string TypeName(RequestTypeCode code) => _types.FirstOrDefault(t => t.Code == code)?.Name ?? code.ToString();

    private bool Refused(string field) => _errors.Has(field);

    private string? Message(string field) => _errors.For(field);

    private void Changed(string field) => _errors.Changed(field);

    /// <summary>The popped call's number as the banner shows it: masked, withheld, or local (the area code still to add).</summary>
    private string CallerShown => _form.CallerPhone?.Trim() is not { Length: > 0 } phone ? "号码未显示"
        : Hotline.Intake.Domain.PhoneNumberRules.IsLocalLandline(phone) ? $"{Hotline.Platform.Notifications.PhoneMask.Mask(phone)}（本地号码，登记前请补全区号）"
        : Hotline.Platform.Notifications.PhoneMask.Mask(phone);

    private bool IsComplaint => _form.RequestType is RequestTypeCode.Complaint or RequestTypeCode.Report;

    protected override async Task OnInitializedAsync()
    {
        _types = await Categories.RequestTypesAsync();
        _categories = await Categories.ActiveCategoriesAsync();
        _areas = await Areas.ActiveAreasAsync();
        _units = await Units.ActiveUnitsAsync();
    }

    /// <summary>A new call replaces whatever was on the form: the agent is on the new caller's line now.</summary>
    protected override async Task OnParametersSetAsync()
    {
        if (Call == _openedCall)
            return;
        _openedCall = Call;
        if (string.IsNullOrEmpty(Call))
            return;
        var pending = await Calls.ForCurrentAgentAsync(Call);
        if (pending is null)
        {
            Snackbar.Add("未找到该来电，或该来电不是打给您的分机。", Severity.Warning);
            return;
        }
        Reset();
        _form.Channel = Channel.Phone;
        _form.CallerPhone = pending.CallerPhone;
        _form.CallId = pending.CallId;
        _callRegistered = pending.CaseId is not null;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        _self = DotNetObjectReference.Create(this);
        var module = await JS.InvokeAsync<IJSObjectReference>("import", "./_content/Hotline.Intake/intake-shortcuts.js");
        _shortcuts = await module.InvokeAsync<IJSObjectReference>("register", _self);
        _shortcutsReady = true;
        StateHasChanged();
    }

    [JSInvokable]
    public Task SetRequestType(int index) => InvokeAsync(() =>
    {
        if (index >= 0 && index < _types.Count)
            _form.RequestType = _types[index].Code;
        StateHasChanged();
    });

    [JSInvokable]
    public Task SetChannel(string channel) => InvokeAsync(() =>
    {
        if (Enum.TryParse<Channel>(channel, out var parsed))
            _form.Channel = parsed;
        StateHasChanged();
    });

    [JSInvokable]
    public Task SubmitFromKeyboard() => InvokeAsync(async () =>
    {
        await SaveAsync();
        // A JS call is not a UI event: without this the result or the errors stay invisible.
        StateHasChanged();
    });

    // A refusal, transfer or invalid call may stop at a parent category or the county (a place outside it).
    private Task<IEnumerable<CategoryInfo>> SearchCategories(string? text, CancellationToken _) =>
        Task.FromResult(Match(_categories.Where(c => c.IsLeaf || _decision.LeavesNoMatter), text, c => c.PathName + c.Code));

    private Task<IEnumerable<AreaInfo>> SearchAreas(string? text, CancellationToken _) =>
        Task.FromResult(Match(_areas.Where(a => a.Level != AreaLevel.County || _decision.LeavesNoMatter), text, a => a.PathName + a.Code));

    private Task<IEnumerable<UnitInfo>> SearchUnits(string? text, CancellationToken _) =>
        Task.FromResult(Match(_units, text, u => u.PathName + u.Code));

    /// <summary>Every typed character must appear in order, so "物业" and "wy" style partial input both narrow the list.</summary>
    private static IEnumerable<T> Match<T>(IEnumerable<T> items, string? text, Func<T, string> key) =>
        string.IsNullOrWhiteSpace(text)
            ? items
            : items.Where(i => key(i).Contains(text.Trim(), StringComparison.OrdinalIgnoreCase));

    private async Task UploadAsync(IReadOnlyList<IBrowserFile>? files)
    {
        if (files is null)
            return;
        _uploading = true;
        try
        {
            foreach (var file in files)
            {
                try
                {
                    await using var stream = file.OpenReadStream(maxAllowedSize: 10 * 1024 * 1024 + 1);
                    _attachments.Add(await Attachments.StageAsync(stream, file.Name, file.Size));
                }
                catch (BusinessRuleException ex)
                {
                    Snackbar.Add(ex.Message, Severity.Error);
                }
                catch (IOException)
                {
                    Snackbar.Add($"文件“{file.Name}”超过 10 MB，无法上传。", Severity.Error);
                }
            }
        }
        finally
        {
            _uploading = false;
        }
    }

    private async Task SaveAsync()
    {
        // While 以此答复 reads the article, a save would register the request with the decision of before.
        if (_saving || _answering)
            return;
        await SubmitAsync(_decision.ToDecision(Clock));
    }

    /// <summary>"以此答复": the decision becomes 直接答复 with the article's text and citation; the agent may still edit it.</summary>
    private bool _answering;

    private void AnswerFromArticle(KnowledgeAnswer answer)
    {
        _decision.Kind = DecisionKind.Answer;
        _decision.Answer = answer.Text;
        _decision.Article = new KnowledgeCitation(answer.ArticleId, answer.VersionNumber, answer.Title);
    }

    private async Task MergeAsync((Guid CaseId, string Number) target) =>
        await SubmitAsync(new IntakeDecision.MergeInto(target.CaseId));

    private async Task SubmitAsync(IntakeDecision decision)
    {
        _saving = true;
        _errors.Clear();
        // On SQLite the whole registration can run without yielding (its driver is synchronous, a locked database is
        // waited out in place): show 保存中… first, or a slow save looks like a click that was never taken.
        StateHasChanged();
        await Task.Yield();
        try
        {
            _result = await Registration.RegisterAsync(_form.ToInput(_attachments), decision);
            Snackbar.Add(_result.Merged ? $"已并入工单 {_result.CaseNumber}" : $"已登记工单 {_result.CaseNumber}", Severity.Success);
        }
        catch (BusinessRuleException ex)
        {
            _errors.Show(ex);
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>Clears the form for the next call; the last result stays visible until then.</summary>
    private void Reset()
    {
        _form = new RegistrationForm();
        _decision = new DecisionState();
        _attachments.Clear();
        _result = null;
        _callRegistered = false;
        _errors.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        if (_shortcuts is not null)
        {
            try
            {
                await _shortcuts.InvokeVoidAsync("dispose");
                await _shortcuts.DisposeAsync();
            }
            catch (JSDisconnectedException) { /* circuit gone */ }
        }
        _self?.Dispose();
    }
}
