using Hotline.Platform.Organization;
using Hotline.Intake.Decisions;

namespace Hotline.Intake.Registration;

/// <summary>Checks a registration as a whole and reports every problem at once, in Chinese.</summary>
internal sealed class RegistrationValidator(ICategoryCatalog categories, IAreaDirectory areas, IUnitDirectory units)
{
    /// <param name="decision">One that <see cref="IntakeDecision.LeavesNoMatter"/> relaxes the rules about the matter.</param>
    /// <returns>The input with phone and text normalised.</returns>
    /// <exception cref="BusinessRuleException">Every problem, each naming its field.</exception>
    public async Task<RegistrationInput> ValidateAsync(RegistrationInput input, IntakeDecision? decision, CancellationToken cancellationToken)
    {
        var noMatter = decision?.LeavesNoMatter == true;
        var errors = new List<FieldProblem>();
        void Refuse(string field, string message) => errors.Add(new FieldProblem(field, message));
        var content = input.Content?.Trim() ?? "";
        if (content.Length == 0)
            Refuse(RegistrationInput.Fields.Content, "请填写诉求内容。");
        else if (content.Length < IntakeLimits.ContentMinLength && !noMatter)
            Refuse(RegistrationInput.Fields.Content, $"诉求内容过短，请至少写 {IntakeLimits.ContentMinLength} 个字。");
        else if (content.Length > IntakeLimits.ContentMaxLength)
            Refuse(RegistrationInput.Fields.Content, $"诉求内容不能超过 {IntakeLimits.ContentMaxLength} 个字（当前 {content.Length} 个字）。");

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(input.CallerPhone))
        {
            phone = PhoneNumberRules.Normalize(input.CallerPhone);
            if (!PhoneNumberRules.IsValid(phone))
                Refuse(RegistrationInput.Fields.Phone, PhoneNumberRules.InvalidMessage);
        }

        var name = input.IsAnonymous ? "匿名" : input.CallerName?.Trim() ?? "";
        if (name.Length == 0)
            Refuse(RegistrationInput.Fields.Name, "请填写诉求人姓名，或勾选“匿名”。");
        else if (name.Length > 50)
            Refuse(RegistrationInput.Fields.Name, "诉求人姓名不能超过 50 个字。");

        var address = input.Address?.Trim() ?? "";
        if (address.Length > 200)
            Refuse(RegistrationInput.Fields.Address, "详细地址不能超过 200 个字。");

        if (input.CategoryId is not { } categoryId)
            Refuse(RegistrationInput.Fields.Category, "请选择事项分类。");
        else if (await categories.GetCategoryAsync(categoryId, cancellationToken) is not { IsActive: true } category)
            Refuse(RegistrationInput.Fields.Category, "所选事项分类不存在或已停用。");
        else if (!category.IsLeaf && !noMatter)
            Refuse(RegistrationInput.Fields.Category, "请选择具体的事项分类（末级分类）。");

        if (input.AreaId is not { } areaId)
            Refuse(RegistrationInput.Fields.Area, "请选择涉事地点所属乡镇/街道。");
        else if (await areas.GetAreaAsync(areaId, cancellationToken) is not { IsActive: true } area)
            Refuse(RegistrationInput.Fields.Area, "所选属地不存在或已停用。");
        else if (area.Level == AreaLevel.County && !noMatter)
            Refuse(RegistrationInput.Fields.Area, "涉事地点请至少选到乡镇/街道。");

        if (input.SubjectUnitId is { } subject)
        {
            if (input.RequestType is not (RequestTypeCode.Complaint or RequestTypeCode.Report))
                Refuse(RegistrationInput.Fields.SubjectUnit, "只有投诉、举报类诉求才能填写被投诉单位。");
            else if (await units.GetUnitAsync(subject, cancellationToken) is null)
                Refuse(RegistrationInput.Fields.SubjectUnit, "所选被投诉单位不存在。");
        }

        if (errors.Count > 0)
            throw new BusinessRuleException(errors);

        return input with
        {
            Content = content,
            CallerName = name,
            CallerPhone = phone,
            Address = address,
        };
    }
}
