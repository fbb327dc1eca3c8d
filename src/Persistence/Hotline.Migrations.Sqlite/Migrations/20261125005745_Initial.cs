using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "intake_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "intake_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CallerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IsAnonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    CallerPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    IsConfidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubjectUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RepeatOfCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MergedIntoCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    QueryCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RegisteredByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionReasonCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecisionText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecisionBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecisionGuidance = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EmergencyLine = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "intake_intercepted_submissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MatchedWord = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_intercepted_submissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "intake_non_acceptance_reasons",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DefaultGuidance = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_non_acceptance_reasons", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "intake_number_sequences",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    LastValue = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_number_sequences", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "intake_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CallerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CallerPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    IsOriginal = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "intake_timeline",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublicText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_timeline", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_areas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_areas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_audit_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ObjectType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_calendar_days",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsOffDay = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_calendar_days", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "platform_calendar_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LoadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_calendar_years", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "platform_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DefaultUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StatutoryWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_inbox",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_inbox", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "platform_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "longtext", maxLength: 400, nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_request_types",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CompletionWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_request_types", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "platform_roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_settings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_settings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "platform_units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Leader = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorExempt = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_role_claims_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_user_claims_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_platform_user_logins_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_roles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_platform_user_tokens_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_intake_attachments_CaseId",
                table: "intake_attachments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_AreaId_CategoryId_RegisteredAtUtc",
                table: "intake_cases",
                columns: new[] { "AreaId", "CategoryId", "RegisteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_CallerPhone",
                table: "intake_cases",
                column: "CallerPhone");

            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_Number",
                table: "intake_cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_RegisteredAtUtc",
                table: "intake_cases",
                column: "RegisteredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_Status_RegisteredAtUtc",
                table: "intake_cases",
                columns: new[] { "Status", "RegisteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_intake_intercepted_submissions_AtUtc",
                table: "intake_intercepted_submissions",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_intake_requests_CaseId",
                table: "intake_requests",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_intake_requests_SubmissionKey",
                table: "intake_requests",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_intake_timeline_CaseId_AtUtc",
                table: "intake_timeline",
                columns: new[] { "CaseId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_areas_Code",
                table: "platform_areas",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_areas_ParentId",
                table: "platform_areas",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_log_AtUtc",
                table: "platform_audit_log",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_log_ObjectType_ObjectId",
                table: "platform_audit_log",
                columns: new[] { "ObjectType", "ObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_log_UserName",
                table: "platform_audit_log",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_platform_categories_Code",
                table: "platform_categories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_categories_ParentId",
                table: "platform_categories",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_notifications_Channel_Recipient_ReadAtUtc",
                table: "platform_notifications",
                columns: new[] { "Channel", "Recipient", "ReadAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_notifications_Status_CreatedAtUtc",
                table: "platform_notifications",
                columns: new[] { "Status", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_Status_NextAttemptAtUtc",
                table: "platform_outbox",
                columns: new[] { "Status", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_role_claims_RoleId",
                table: "platform_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "platform_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_units_Code",
                table: "platform_units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_units_ParentId",
                table: "platform_units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_claims_UserId",
                table: "platform_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_logins_UserId",
                table: "platform_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_roles_RoleId",
                table: "platform_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "platform_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_platform_users_UnitId",
                table: "platform_users",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "platform_users",
                column: "NormalizedUserName",
                unique: true);

            // The audit log is append-only in the database itself, not only in the application (等保 audit protection).
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_log_no_update BEFORE UPDATE ON platform_audit_log BEGIN SELECT RAISE(ABORT, 'platform_audit_log is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_log_no_delete BEFORE DELETE ON platform_audit_log BEGIN SELECT RAISE(ABORT, 'platform_audit_log is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_log_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_log_no_delete;");

            migrationBuilder.DropTable(
                name: "intake_attachments");

            migrationBuilder.DropTable(
                name: "intake_cases");

            migrationBuilder.DropTable(
                name: "intake_intercepted_submissions");

            migrationBuilder.DropTable(
                name: "intake_non_acceptance_reasons");

            migrationBuilder.DropTable(
                name: "intake_number_sequences");

            migrationBuilder.DropTable(
                name: "intake_requests");

            migrationBuilder.DropTable(
                name: "intake_timeline");

            migrationBuilder.DropTable(
                name: "platform_areas");

            migrationBuilder.DropTable(
                name: "platform_audit_log");

            migrationBuilder.DropTable(
                name: "platform_calendar_days");

            migrationBuilder.DropTable(
                name: "platform_calendar_years");

            migrationBuilder.DropTable(
                name: "platform_categories");

            migrationBuilder.DropTable(
                name: "platform_inbox");

            migrationBuilder.DropTable(
                name: "platform_notifications");

            migrationBuilder.DropTable(
                name: "platform_outbox");

            migrationBuilder.DropTable(
                name: "platform_request_types");

            migrationBuilder.DropTable(
                name: "platform_role_claims");

            migrationBuilder.DropTable(
                name: "platform_settings");

            migrationBuilder.DropTable(
                name: "platform_units");

            migrationBuilder.DropTable(
                name: "platform_user_claims");

            migrationBuilder.DropTable(
                name: "platform_user_logins");

            migrationBuilder.DropTable(
                name: "platform_user_roles");

            migrationBuilder.DropTable(
                name: "platform_user_tokens");

            migrationBuilder.DropTable(
                name: "platform_roles");

            migrationBuilder.DropTable(
                name: "platform_users");
        }
    }
}
