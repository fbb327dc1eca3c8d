using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.MySql.Migrations
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
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    DispatchId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    UnitId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Role = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ParentAssignmentId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Note = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DispatchedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    DispatchedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DispatchedByUserId = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    SignForDueUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    FirstContactDueUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    CompletionDueUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    CompletionWorkingDays = table.Column<int>(type: "int", nullable: false),
                    ReturnWindowEndsUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Status = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    EndedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    EndNote = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Version = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_assignments", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "dispatch_cases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseNumber = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    RequestType = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CategoryId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    AreaId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Urgency = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    IsConfidential = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    SubjectUnitId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    CallerReachable = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    Summary = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    RegisteredAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    QueuedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    State = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ApprovedReturns = table.Column<int>(type: "int", nullable: false),
                    LastDispatchedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    Version = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_cases", x => x.CaseId);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "dispatch_return_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    AssignmentId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    UnitId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Reason = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Basis = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AppliedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    AppliedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Status = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ReviewedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    ReviewedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ReviewNote = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DisputeText = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DisputedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    DisputedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DisputeDecidedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    DisputeDecidedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DisputeDecisionNote = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Version = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_return_requests", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "dispatch_routing_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CategoryId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    AreaId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    LeadUnitId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CoUnitIds = table.Column<string>(type: "varchar(400)", maxLength: 400, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Note = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    IsActive = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    UpdatedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Version = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_routing_rules", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "dispatch_timeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    AtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Actor = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    UnitId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Action = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Detail = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DueUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    OnTime = table.Column<bool>(type: "tinyint(1)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_timeline", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "evaluation_attempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Round = table.Column<int>(type: "int", nullable: false),
                    Channel = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Reach = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Resolved = table.Column<bool>(type: "tinyint(1)", nullable: true),
                    IntakeRating = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    HandlingRating = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CallerWords = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    By = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_attempts", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "evaluation_cases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseNumber = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CategoryId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    IntakeOnly = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    LeadUnitId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    LeadAssignmentId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    State = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Round = table.Column<int>(type: "int", nullable: false),
                    ReplyResult = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ReplyText = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CallerDeclinedCallback = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    RepliedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    RevisitDueUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    IntakeRating = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    HandlingRating = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Resolved = table.Column<bool>(type: "tinyint(1)", nullable: true),
                    RatedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    Outcome = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ClosedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    Version = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_cases", x => x.CaseId);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "evaluation_follow_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Round = table.Column<int>(type: "int", nullable: false),
                    Cause = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Why = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Instructions = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Decision = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    By = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    SupervisorDecision = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    SupervisorNote = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    SupervisorDecidedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    SupervisorDecidedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_follow_ups", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "evaluation_rating_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Round = table.Column<int>(type: "int", nullable: false),
                    TokenHash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    CreatedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_rating_links", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "evaluation_timeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    AtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Actor = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Action = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Detail = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DueUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    OnTime = table.Column<bool>(type: "tinyint(1)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_timeline", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "handling_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseNumber = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    UnitId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Role = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ParentAssignmentId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    RequestType = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CategoryId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Summary = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    IsConfidential = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    SubjectUnitId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    CallerReachable = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    DispatchNote = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DispatchedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    SignForDueUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    FirstContactDueUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    CompletionDueUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    CompletionWorkingDays = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    SignedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    SignedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    SignedLate = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    FirstContactAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    ContactedOnTime = table.Column<bool>(type: "tinyint(1)", nullable: true),
                    Extended = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    ProceedWithoutOpinionsAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    ProceedWithoutOpinionsBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ProceedWithoutOpinionsReason = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    RedoRound = table.Column<int>(type: "int", nullable: false),
                    RedoReason = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    RepliedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    RepliedOnTime = table.Column<bool>(type: "tinyint(1)", nullable: true),
                    EndedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    Version = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_assignments", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "handling_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    AssignmentId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    NoteId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    ReplyId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    FileName = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ContentType = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    UploadedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_attachments", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "handling_co_opinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    AssignmentId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    LeadAssignmentId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    UnitId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Text = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    SubmittedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_co_opinions", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "handling_contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    AssignmentId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ContactedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Method = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Reached = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    Note = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    IsResultNotice = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    RecordedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_contacts", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "handling_extensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    AssignmentId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    UnitId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Reason = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Measures = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CurrentDueUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    RequestedDueUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    RequestedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Status = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    DecidedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DecisionNote = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Version = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_extensions", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "handling_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    AssignmentId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Text = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    By = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_notes", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "handling_replies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    AssignmentId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    UnitId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Round = table.Column<int>(type: "int", nullable: false),
                    Result = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Text = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ExplanationToCenter = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CallerDeclinedCallback = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    SubmittedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Status = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    DecidedBy = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DecisionNote = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Version = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_replies", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "handling_timeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    AssignmentId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    UnitId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    AtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Actor = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Action = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Detail = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DueUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    OnTime = table.Column<bool>(type: "tinyint(1)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_timeline", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "handling_unit_settings",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    RequireManagerApproval = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    Version = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_unit_settings", x => x.UnitId);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

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
