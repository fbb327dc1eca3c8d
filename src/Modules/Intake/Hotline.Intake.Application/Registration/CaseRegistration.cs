using Hotline.Knowledge.Contracts;
using Hotline.Platform.Notifications;
using Hotline.Platform.Notifications.Sms;

namespace Hotline.Intake.Registration;

/// <summary>Registers a request with its decision in one transaction: a new case (numbered) or a merge into an open one.</summary>
internal sealed class CaseRegistration(
    IDbContextFactory<IntakeDbContext> contexts,
    RegistrationValidator validator,
    DecisionApplier decisions,
    CaseMerging merging,
    IntakeSettingsService settings,
    IntakeAccess access,
    LiveUpdates live,
    NotificationSecrets secrets,
    SmsTemplates smsTemplates,
    IEnumerable<IKnowledgeAnswers> knowledge,
    PendingCalls calls,
    CallDurations callDurations,
    CaseNumberAllocator numbers,
    Hotline.Platform.Monitoring.HotlineMetrics metrics,
    TimeProvider clock)
{
    /// <summary>By an agent, with the decision taken on the call.</summary>
    public async Task<RegistrationResult> RegisterAsync(RegistrationInput input, IntakeDecision decision, CancellationToken cancellationToken = default)
    {
        var actor = await access.RequireAsync(IntakeAccess.Registrars);
        // A call id rides on the form from the screen-pop; one that rang for someone else is not theirs to claim.
        if (input.CallId is { } callId && !await calls.BelongsToAsync(callId, actor.UserId, cancellationToken))
            input = input with { CallId = null };
        var result = await RegisterAsync(input, decision, actor, queueSms: true, cancellationToken);
        // After the commit, whichever of hang-up and registration came second brings the duration to the case.
        if (input.CallId is not null && !result.Merged)
            await callDurations.SyncAsync(input.CallId, cancellationToken);
        return result;
    }

    /// <summary>Shared with the public channel, which registers as <see cref="Actor.System"/> and leaves the decision pending.</summary>
    internal async Task<RegistrationResult> RegisterAsync(RegistrationInput input, IntakeDecision? decision, Actor actor, bool queueSms, CancellationToken cancellationToken)
    {
        var valid = await validator.ValidateAsync(input, decision, cancellationToken);
        // Read before the registration's transaction holds a connection (see SmsTemplates.LoadAsync).
        var sms = queueSms ? new CallerSms(await smsTemplates.LoadAsync(IntakeSms.Registered.Key, cancellationToken),
            await smsTemplates.LoadAsync(IntakeSms.Merged.Key, cancellationToken),
            decision is IntakeDecision.AnswerOnSpot { SmsAnswer: true } ? await smsTemplates.LoadAsync(IntakeSms.Answered.Key, cancellationToken) : null) : null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindPreviousSubmissionAsync(db, valid.SubmissionKey, cancellationToken) is { } previous)
            return previous;
        try
        {
            var result = decision is IntakeDecision.MergeInto merge
                ? await MergeAsync(db, valid, merge.TargetCaseId, actor, sms?.Merged, cancellationToken)
                : await CreateAsync(db, valid, decision, actor, sms, cancellationToken);
            live.Publish(IntakeToday.LiveTopic);
            if (!result.Merged)
                metrics.CaseRegistered(input.Channel.ToString());
            if (decision is IntakeDecision.AnswerOnSpot { Article: { } article } && !result.Merged)
                await CountKnowledgeUseAsync(article.ArticleId, cancellationToken);
            return result;
        }
        catch (DbUpdateException)
        {
            // The same form submitted twice at once: the unique submission key lets one win; hand back its case.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            var winner = await FindPreviousSubmissionAsync(fresh, valid.SubmissionKey, cancellationToken);
            if (winner is null)
                throw;
            return winner;
        }
    }

    private async Task<RegistrationResult> CreateAsync(IntakeDbContext db, RegistrationInput input, IntakeDecision? decision, Actor actor, CallerSms? sms, CancellationToken cancellationToken)
    {
        var options = await settings.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var code = QueryCode.New();
        var @case = new IntakeCase
        {
            Channel = input.Channel,
            RequestType = input.RequestType,
            CategoryId = input.CategoryId!.Value,
            AreaId = input.AreaId!.Value,
            Address = input.Address ?? "",
            Content = input.Content ?? "",
            Urgency = input.Urgency,
            CallerName = input.CallerName ?? "",
            IsAnonymous = input.IsAnonymous,
            CallerPhone = input.CallerPhone,
            IsConfidential = input.IsConfidential,
            SubjectUnitId = input.SubjectUnitId,
            RegisteredAtUtc = now,
            RegisteredBy = actor.UserName,
            RegisteredByUserId = actor.UserId,
            CallId = input.CallId,
        };
        @case.RepeatOfCaseId = await RepeatDetection.FindAsync(db, @case, cancellationToken);
        int? sameMatter = decision is IntakeDecision.Accept ? await RepeatDetection.RequestsOnSameMatterAsync(db, @case, cancellationToken) : null;
        var number = await numbers.NextAsync(options.NumberPrefix, now, cancellationToken);
        try
        {
            await SaveNewAsync(db, @case, number, code, input, decision, actor, sameMatter, sms, now, cancellationToken);
        }
        catch (Exception ex)
        {
            await numbers.VoidAsync(number, actor, ex);
            throw;
        }
        return new RegistrationResult(@case.Id, number, @case.Status, Merged: false, IsRepeat: @case.RepeatOfCaseId is not null, code);
    }

    private async Task SaveNewAsync(IntakeDbContext db, IntakeCase @case, string number, string code, RegistrationInput input, IntakeDecision? decision,
        Actor actor, int? sameMatter, CallerSms? sms, DateTime now, CancellationToken cancellationToken)
    {
        @case.Number = number;
        @case.QueryCodeHash = QueryCode.Hash(number, code);
        db.Cases.Add(@case);
        db.Requests.Add(new CaseRequest
        {
            CaseId = @case.Id, SubmissionKey = input.SubmissionKey, Channel = input.Channel, Content = @case.Content,
            CallerName = @case.CallerName, CallerPhone = @case.CallerPhone, IsOriginal = true, ReceivedAtUtc = now, ReceivedBy = actor.UserName,
        });
        foreach (var file in input.Attachments)
        {
            db.Attachments.Add(new CaseAttachment
            {
                CaseId = @case.Id, FileName = file.FileName, ContentType = file.ContentType, Size = file.Size, Sha256 = file.Sha256,
                UploadedAtUtc = now, UploadedBy = actor.UserName,
            });
        }
        var repeatNote = @case.RepeatOfCaseId is null ? "" : "（重复诉求）";
        db.AddTimeline(@case.Id, actor, now, "登记", $"{input.Channel.DisplayName()}登记{repeatNote}", "诉求已登记");
        db.Audit(actor, clock, "登记工单", "Case", number);
        if (decision is not null)
            await decisions.ApplyAsync(db, @case, decision, actor, cancellationToken, sameMatter);
        // Like the registration SMS it replaces, the answer goes to any mobile caller, anonymous or confidential: it is their own number.
        if (sms is not null && PhoneNumberRules.IsMobile(@case.CallerPhone))
        {
            if (sms.Answered is { } answeredSms && @case.Status == CaseStatus.AnsweredAtIntake)
                secrets.QueueSms(db, @case.CallerPhone!, IntakeSms.Answered.Name, answeredSms.Render(new Dictionary<string, string>
                {
                    ["caseNumber"] = number, ["answer"] = IntakeSms.AnswerExcerpt(@case.DecisionText ?? ""), ["queryCode"] = NotificationSecrets.Placeholder,
                }), code, clock);
            else
                secrets.QueueSms(db, @case.CallerPhone!, IntakeSms.Registered.Name,
                    sms.Registered.Render(new Dictionary<string, string> { ["caseNumber"] = number, ["queryCode"] = NotificationSecrets.Placeholder }), code, clock);
        }
        // One SaveChanges is one transaction: the case, its request, timeline, decision, event and SMS land together.
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<RegistrationResult> MergeAsync(IntakeDbContext db, RegistrationInput input, Guid targetId, Actor actor, SmsTemplate? mergedSms, CancellationToken cancellationToken)
    {
        var target = await merging.LoadOpenTargetAsync(db, targetId, cancellationToken);
        merging.AddRequest(db, target, input, actor, sourceCaseId: null, sourceNumber: null);
        // The call was about the target: it keeps the target's own call id and duration, the call record points to it.
        if (input.CallId is { } callId && await db.PhoneCalls.FirstOrDefaultAsync(c => c.CallId == callId, cancellationToken) is { CaseId: null } call)
            call.LinkCase(target.Id);
        if (mergedSms is not null && PhoneNumberRules.IsMobile(input.CallerPhone))
            db.QueueNotification(NotificationChannel.Sms, input.CallerPhone!, IntakeSms.Merged.Name,
                mergedSms.Render(new Dictionary<string, string> { ["caseNumber"] = target.Number }), clock);
        await db.SaveChangesAsync(cancellationToken);
        return new RegistrationResult(target.Id, target.Number, target.Status, Merged: true, IsRepeat: false, QueryCode: null);
    }

    private static async Task<RegistrationResult?> FindPreviousSubmissionAsync(IntakeDbContext db, Guid submissionKey, CancellationToken cancellationToken)
    {
        var hit = await db.Requests.AsNoTracking().Where(r => r.SubmissionKey == submissionKey)
            .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new { c.Id, c.Number, c.Status, r.IsOriginal, c.RepeatOfCaseId })
            .FirstOrDefaultAsync(cancellationToken);
        return hit is null ? null : new RegistrationResult(hit.Id, hit.Number, hit.Status, !hit.IsOriginal, hit.RepeatOfCaseId is not null, null);
    }

    /// <summary>After the commit: the case stands even if the count fails, and a resubmitted form is not counted twice.</summary>
    private async Task CountKnowledgeUseAsync(Guid articleId, CancellationToken cancellationToken)
    {
        foreach (var source in knowledge)
            await source.RecordAnswerUseAsync(articleId, cancellationToken);
    }
}

/// <summary>The caller's SMS templates, read before the registration's transaction; <see cref="Answered"/> only when asked for.</summary>
internal sealed record CallerSms(SmsTemplate Registered, SmsTemplate Merged, SmsTemplate? Answered);
