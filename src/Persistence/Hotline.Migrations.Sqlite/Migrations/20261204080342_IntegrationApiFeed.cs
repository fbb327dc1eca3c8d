using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IntegrationApiFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "LeadUnitId",
                table: "intake_cases",
                type: "TEXT",
                nullable: true);

            // Cases dispatched before this version learn their lead unit from Dispatch's latest top-level lead assignment.
            migrationBuilder.Sql(@"UPDATE intake_cases SET LeadUnitId = (
                SELECT a.UnitId FROM dispatch_assignments a
                WHERE a.CaseId = intake_cases.Id AND a.Role = 'Lead' AND a.ParentAssignmentId IS NULL
                ORDER BY a.DispatchedAtUtc DESC LIMIT 1)
                WHERE LeadUnitId IS NULL");


            migrationBuilder.CreateTable(
                name: "integration_api_calls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationMs = table.Column<int>(type: "INTEGER", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integration_api_calls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "integration_api_clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Scopes = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    AllUnits = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnitIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RatePerMinute = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyPrefix = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KeyIssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integration_api_clients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "integration_feed_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeliveredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integration_feed_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "integration_feed_events",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PayloadJson = table.Column<string>(type: "longtext", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integration_feed_events", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "integration_feed_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Types = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    EnqueuedThrough = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integration_feed_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "integration_submissions",
                columns: table => new
                {
                    Token = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integration_submissions", x => x.Token);
                });

            migrationBuilder.CreateTable(
                name: "integration_feed_event_units",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integration_feed_event_units", x => new { x.Sequence, x.UnitId });
                    table.ForeignKey(
                        name: "FK_integration_feed_event_units_integration_feed_events_Sequence",
                        column: x => x.Sequence,
                        principalTable: "integration_feed_events",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_LeadUnitId_RegisteredAtUtc",
                table: "intake_cases",
                columns: new[] { "LeadUnitId", "RegisteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_integration_api_calls_AtUtc",
                table: "integration_api_calls",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_integration_api_calls_ClientId_AtUtc",
                table: "integration_api_calls",
                columns: new[] { "ClientId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_integration_api_clients_KeyPrefix",
                table: "integration_api_clients",
                column: "KeyPrefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_integration_feed_deliveries_State_NextAttemptAtUtc",
                table: "integration_feed_deliveries",
                columns: new[] { "State", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_integration_feed_deliveries_SubscriptionId_CaseId_Sequence",
                table: "integration_feed_deliveries",
                columns: new[] { "SubscriptionId", "CaseId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_integration_feed_deliveries_SubscriptionId_Sequence",
                table: "integration_feed_deliveries",
                columns: new[] { "SubscriptionId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_integration_feed_event_units_UnitId_Sequence",
                table: "integration_feed_event_units",
                columns: new[] { "UnitId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_integration_feed_events_CaseId",
                table: "integration_feed_events",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_integration_feed_events_SourceEventId_Type",
                table: "integration_feed_events",
                columns: new[] { "SourceEventId", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_integration_feed_subscriptions_ClientId",
                table: "integration_feed_subscriptions",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_integration_submissions_CaseId",
                table: "integration_submissions",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "integration_api_calls");

            migrationBuilder.DropTable(
                name: "integration_api_clients");

            migrationBuilder.DropTable(
                name: "integration_feed_deliveries");

            migrationBuilder.DropTable(
                name: "integration_feed_event_units");

            migrationBuilder.DropTable(
                name: "integration_feed_subscriptions");

            migrationBuilder.DropTable(
                name: "integration_submissions");

            migrationBuilder.DropTable(
                name: "integration_feed_events");

            migrationBuilder.DropIndex(
                name: "IX_intake_cases_LeadUnitId_RegisteredAtUtc",
                table: "intake_cases");

            migrationBuilder.DropColumn(
                name: "LeadUnitId",
                table: "intake_cases");
        }
    }
}
