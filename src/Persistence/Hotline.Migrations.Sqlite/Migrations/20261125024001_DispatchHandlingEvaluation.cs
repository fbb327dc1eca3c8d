using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DispatchHandlingEvaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dispatch_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DispatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ParentAssignmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DispatchedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DispatchedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DispatchedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SignForDueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstContactDueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletionDueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletionWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnWindowEndsUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dispatch_cases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RequestType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsConfidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubjectUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CallerReachable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    QueuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ApprovedReturns = table.Column<int>(type: "INTEGER", nullable: false),
                    LastDispatchedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_cases", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "dispatch_return_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AppliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AppliedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DisputeText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DisputedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DisputedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DisputeDecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DisputeDecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DisputeDecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_return_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dispatch_routing_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeadUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoUnitIds = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_routing_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dispatch_timeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DueUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OnTime = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_timeline", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_attempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reach = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Resolved = table.Column<bool>(type: "INTEGER", nullable: true),
                    IntakeRating = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HandlingRating = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CallerWords = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_attempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_cases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IntakeOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    LeadUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeadAssignmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    ReplyResult = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReplyText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CallerDeclinedCallback = table.Column<bool>(type: "INTEGER", nullable: false),
                    RepliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevisitDueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IntakeRating = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HandlingRating = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Resolved = table.Column<bool>(type: "INTEGER", nullable: true),
                    RatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_cases", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_follow_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Cause = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Why = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Instructions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SupervisorDecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SupervisorNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SupervisorDecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SupervisorDecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_follow_ups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_rating_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_rating_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_timeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DueUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OnTime = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_timeline", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "handling_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ParentAssignmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsConfidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubjectUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CallerReachable = table.Column<bool>(type: "INTEGER", nullable: false),
                    DispatchNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DispatchedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SignForDueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstContactDueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletionDueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletionWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    FirstContactAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ContactedOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    Extended = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProceedWithoutOpinionsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProceedWithoutOpinionsBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProceedWithoutOpinionsReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RedoRound = table.Column<int>(type: "INTEGER", nullable: false),
                    RedoReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RepliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RepliedOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "handling_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReplyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "handling_co_opinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadAssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_co_opinions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "handling_contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reached = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsResultNotice = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_contacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "handling_extensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CurrentDueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedDueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_extensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "handling_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_notes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "handling_replies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExplanationToCenter = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CallerDeclinedCallback = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_replies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "handling_timeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DueUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OnTime = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_timeline", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "handling_unit_settings",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequireManagerApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_unit_settings", x => x.UnitId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_assignments_CaseId",
                table: "dispatch_assignments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_assignments_DispatchedAtUtc",
                table: "dispatch_assignments",
                column: "DispatchedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_assignments_UnitId_Status",
                table: "dispatch_assignments",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_cases_CategoryId_AreaId",
                table: "dispatch_cases",
                columns: new[] { "CategoryId", "AreaId" });

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_cases_State_QueuedAtUtc",
                table: "dispatch_cases",
                columns: new[] { "State", "QueuedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_return_requests_AssignmentId",
                table: "dispatch_return_requests",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_return_requests_Status_AppliedAtUtc",
                table: "dispatch_return_requests",
                columns: new[] { "Status", "AppliedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_return_requests_UnitId_AppliedAtUtc",
                table: "dispatch_return_requests",
                columns: new[] { "UnitId", "AppliedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_routing_rules_CategoryId_AreaId",
                table: "dispatch_routing_rules",
                columns: new[] { "CategoryId", "AreaId" });

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_timeline_CaseId_AtUtc",
                table: "dispatch_timeline",
                columns: new[] { "CaseId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_attempts_CaseId_Round",
                table: "evaluation_attempts",
                columns: new[] { "CaseId", "Round" });

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_cases_LeadUnitId_RatedAtUtc",
                table: "evaluation_cases",
                columns: new[] { "LeadUnitId", "RatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_cases_State_RevisitDueUtc",
                table: "evaluation_cases",
                columns: new[] { "State", "RevisitDueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_follow_ups_CaseId_Round",
                table: "evaluation_follow_ups",
                columns: new[] { "CaseId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_rating_links_CaseId",
                table: "evaluation_rating_links",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_rating_links_TokenHash",
                table: "evaluation_rating_links",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_timeline_CaseId_AtUtc",
                table: "evaluation_timeline",
                columns: new[] { "CaseId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_handling_assignments_CaseId",
                table: "handling_assignments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_handling_assignments_DispatchedAtUtc",
                table: "handling_assignments",
                column: "DispatchedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_handling_assignments_UnitId_Status",
                table: "handling_assignments",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_handling_attachments_AssignmentId",
                table: "handling_attachments",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_handling_co_opinions_AssignmentId",
                table: "handling_co_opinions",
                column: "AssignmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_handling_co_opinions_LeadAssignmentId",
                table: "handling_co_opinions",
                column: "LeadAssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_handling_contacts_AssignmentId",
                table: "handling_contacts",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_handling_extensions_AssignmentId",
                table: "handling_extensions",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_handling_extensions_Status_RequestedAtUtc",
                table: "handling_extensions",
                columns: new[] { "Status", "RequestedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_handling_notes_AssignmentId",
                table: "handling_notes",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_handling_replies_AssignmentId_Round",
                table: "handling_replies",
                columns: new[] { "AssignmentId", "Round" });

            migrationBuilder.CreateIndex(
                name: "IX_handling_replies_CaseId",
                table: "handling_replies",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_handling_timeline_CaseId_AtUtc",
                table: "handling_timeline",
                columns: new[] { "CaseId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dispatch_assignments");

            migrationBuilder.DropTable(
                name: "dispatch_cases");

            migrationBuilder.DropTable(
                name: "dispatch_return_requests");

            migrationBuilder.DropTable(
                name: "dispatch_routing_rules");

            migrationBuilder.DropTable(
                name: "dispatch_timeline");

            migrationBuilder.DropTable(
                name: "evaluation_attempts");

            migrationBuilder.DropTable(
                name: "evaluation_cases");

            migrationBuilder.DropTable(
                name: "evaluation_follow_ups");

            migrationBuilder.DropTable(
                name: "evaluation_rating_links");

            migrationBuilder.DropTable(
                name: "evaluation_timeline");

            migrationBuilder.DropTable(
                name: "handling_assignments");

            migrationBuilder.DropTable(
                name: "handling_attachments");

            migrationBuilder.DropTable(
                name: "handling_co_opinions");

            migrationBuilder.DropTable(
                name: "handling_contacts");

            migrationBuilder.DropTable(
                name: "handling_extensions");

            migrationBuilder.DropTable(
                name: "handling_notes");

            migrationBuilder.DropTable(
                name: "handling_replies");

            migrationBuilder.DropTable(
                name: "handling_timeline");

            migrationBuilder.DropTable(
                name: "handling_unit_settings");
        }
    }
}
