using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GradedSupervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "supervision_deadlines",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "supervision_case_supervisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KnowledgeGapId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DeadlineKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Requirement = table.Column<string>(type: "longtext", maxLength: 10000, nullable: false),
                    ResponseDueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NoticeYear = table.Column<int>(type: "INTEGER", nullable: true),
                    NoticeSerial = table.Column<int>(type: "INTEGER", nullable: true),
                    LeaderInstruction = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IssuedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RaisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RespondedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RespondedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RespondedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_case_supervisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_coordinations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HeldAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Decisions = table.Column<string>(type: "longtext", maxLength: 10000, nullable: false),
                    LeadUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_coordinations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_repeat_requests",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Requests = table.Column<int>(type: "INTEGER", nullable: false),
                    Supervised = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_repeat_requests", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "supervision_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupervisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Text = table.Column<string>(type: "longtext", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_steps_supervision_case_supervisions_SupervisionId",
                        column: x => x.SupervisionId,
                        principalTable: "supervision_case_supervisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_supervisions_CaseId",
                table: "supervision_case_supervisions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_supervisions_IssuedAtUtc",
                table: "supervision_case_supervisions",
                column: "IssuedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_supervisions_NoticeYear_NoticeSerial",
                table: "supervision_case_supervisions",
                columns: new[] { "NoticeYear", "NoticeSerial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_supervisions_Status_ResponseDueUtc",
                table: "supervision_case_supervisions",
                columns: new[] { "Status", "ResponseDueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_supervisions_UnitId_Status",
                table: "supervision_case_supervisions",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_coordinations_HeldAtUtc",
                table: "supervision_coordinations",
                column: "HeldAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_coordinations_LeadUnitId",
                table: "supervision_coordinations",
                column: "LeadUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_steps_SupervisionId_AtUtc",
                table: "supervision_steps",
                columns: new[] { "SupervisionId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_coordinations");

            migrationBuilder.DropTable(
                name: "supervision_repeat_requests");

            migrationBuilder.DropTable(
                name: "supervision_steps");

            migrationBuilder.DropTable(
                name: "supervision_case_supervisions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "supervision_deadlines");
        }
    }
}
