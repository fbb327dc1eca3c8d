using Microsoft.AspNetCore.Components;
using MudBlazor;
using Hotline.Dispatch.Routing;

namespace Hotline.Dispatch.Dispatching;

public partial class DispatchCasePage : IDisposable
{
    [Parameter] public Guid CaseId { get; set; }

    [Inject] private DispatchCaseQuery Query { get; set; } = default!;
    [Inject] private DispatchSuggestions Suggestions { get; set; } = default!;
    [Inject] private CaseDispatching Dispatching { get; set; } = default!;
    [Inject] private IUnitDirectory UnitDirectory { get; set; } = default!;
    [Inject] private ICategoryCatalog Categories { get; set; } = default!;
    [Inject] private IAreaDirectory Areas { get; set; } = default!;
    [Inject] private LiveUpdates Live { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private DispatchCaseView? _view;
    private IReadOnlyList<DispatchSuggestion> _suggestions = [];
    private DispatchDeadlines? _preview;
    private IReadOnlyList<UnitInfo> _units = [];
    private string? _categoryName, _areaName, _typeName, _error, _loadError, _note, _reason;
    private Guid? _leadId, _coPick;
    private readonly List<Guid> _coIds = [];
    private bool _loaded, _saving;
    private IDisposable? _subscription;

    private string SignForText => _view is null ? "" : $"{_view.Urgency.DisplayName()}件";

    protected override async Task OnParametersSetAsync()
    {
        _subscription?.Dispose();
        try
        {
            await LoadAsync();
        }
        catch (UnauthorizedAccessException ex)
        {
            _loadError = ex.Message;
        }
        _loaded = true;
        // Another dispatcher acting on this case changes what confirming would do: show it at once.
        _subscription = Live.Subscribe(DispatchTopics.Case(CaseId), () => InvokeAsync(async () =>
        {
            if (_saving)
                return;
            await LoadAsync();
            StateHasChanged();
        }));
    }

    private async Task LoadAsync()
    {
        _view = await Query.GetAsync(CaseId);
        if (_view is null)
            return;
        _units = await UnitDirectory.ActiveUnitsAsync();
        // The center itself is not a handling unit; keep it out of the pickers.
        _units = _units.Where(u => u.Type != UnitType.Center).ToList();
        if (_view.Summary is { } c)
        {
            _categoryName = (await Categories.GetCategoryAsync(c.CategoryId))?.PathName;
            _areaName = (await Areas.GetAreaAsync(c.AreaId))?.PathName;
            _typeName = (await Categories.GetRequestTypeAsync(c.RequestType)).Name;
        }
        if (_view.Mode is not null)
        {
            _suggestions = await Suggestions.ForCaseAsync(CaseId);
            _preview = await Dispatching.PreviewAsync(CaseId);
        }
    }

    private void Apply(DispatchSuggestion suggestion)
    {
        _leadId = suggestion.Lead.Id;
        _coIds.Clear();
        _coIds.AddRange(suggestion.CoUnits.Select(c => c.Id).Where(id => id != suggestion.Lead.Id));
        _error = null;
    }

    private void AddCo(Guid? unitId)
    {
        _coPick = null;
        if (unitId is not Guid id)
            return;
        if (id == _leadId)
            _error = "协办单位不能与主办单位相同。";
        else if (!_coIds.Contains(id))
            _coIds.Add(id);
    }

    private void RemoveCo(Guid id) => _coIds.Remove(id);

    private string UnitName(Guid id) => _units.FirstOrDefault(u => u.Id == id)?.PathName ?? "（已停用单位）";

    private async Task ConfirmAsync()
    {
        if (_view is null)
            return;
        _error = null;
        _saving = true;
        try
        {
            var outcome = await Dispatching.DispatchAsync(new DispatchInput(CaseId, _leadId, _coIds.ToList(), _note, _view.Version, _reason));
            Snackbar.Add($"工单 {outcome.CaseNumber} 已{outcome.Mode.DisplayName()}：{string.Join("、", outcome.UnitNames)}", Severity.Success);
            Navigation.NavigateTo(outcome.Mode == DispatchMode.Designate ? "/dispatch/designation" : outcome.Mode == DispatchMode.Reassign ? $"/cases/{CaseId}" : "/dispatch");
        }
        catch (BusinessRuleException ex)
        {
            _error = ex.Message;
            await LoadAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    public void Dispose() => _subscription?.Dispose();
}
