using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The assessment and analysis tables move to the Assessment module: renamed in place, rows kept. Supervisions keep
    /// their case's area and category, filled from the analysis facts before those leave.
    /// </summary>
    public partial class AssessmentModuleTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AreaId",
                table: "supervision_case_supervisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CategoryId",
                table: "supervision_case_supervisions",
                type: "TEXT",
                nullable: true);

            // A supervision keeps its case's area and category (the workbench's filters read them) instead of joining the
            // analysis facts, which leave for the Assessment module below.
            migrationBuilder.Sql(
                "UPDATE supervision_case_supervisions SET " +
                "AreaId = (SELECT f.AreaId FROM supervision_case_facts f WHERE f.CaseId = supervision_case_supervisions.CaseId), " +
                "CategoryId = (SELECT f.CategoryId FROM supervision_case_facts f WHERE f.CaseId = supervision_case_supervisions.CaseId) " +
                "WHERE CaseId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_supervisions_AreaId",
                table: "supervision_case_supervisions",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_supervisions_CategoryId",
                table: "supervision_case_supervisions",
                column: "CategoryId");

            migrationBuilder.RenameTable(
                name: "supervision_assessment_adjustments",
                newName: "assessment_adjustments");

            migrationBuilder.RenameIndex(
                name: "IX_supervision_assessment_adjustments_PeriodKey_UnitId",
                table: "assessment_adjustments",
                newName: "IX_assessment_adjustments_PeriodKey_UnitId");

            migrationBuilder.RenameTable(
                name: "supervision_assessment_locks",
                newName: "assessment_locks");

            migrationBuilder.RenameTable(
                name: "supervision_case_facts",
                newName: "assessment_case_facts");

            migrationBuilder.RenameIndex(
                name: "IX_supervision_case_facts_CategoryId_RegisteredAtUtc",
                table: "assessment_case_facts",
                newName: "IX_assessment_case_facts_CategoryId_RegisteredAtUtc");

            migrationBuilder.RenameIndex(
                name: "IX_supervision_case_facts_ClosedAtUtc_Rating",
                table: "assessment_case_facts",
                newName: "IX_assessment_case_facts_ClosedAtUtc_Rating");

            migrationBuilder.RenameIndex(
                name: "IX_supervision_case_facts_RegisteredAtUtc_Status_CategoryId_AreaId_Channel",
                table: "assessment_case_facts",
                newName: "IX_assessment_case_facts_RegisteredAtUtc_Status_CategoryId_AreaId_Channel");

            migrationBuilder.RenameIndex(
                name: "IX_supervision_case_facts_Status",
                table: "assessment_case_facts",
                newName: "IX_assessment_case_facts_Status");

            migrationBuilder.RenameTable(
                name: "supervision_seasonal_reminders",
                newName: "assessment_seasonal_reminders");

            migrationBuilder.RenameIndex(
                name: "IX_supervision_seasonal_reminders_CategoryId_UnitId_Year_PeakMonth",
                table: "assessment_seasonal_reminders",
                newName: "IX_assessment_seasonal_reminders_CategoryId_UnitId_Year_PeakMonth");

            migrationBuilder.RenameIndex(
                name: "IX_supervision_seasonal_reminders_UnitId_AcknowledgedAtUtc",
                table: "assessment_seasonal_reminders",
                newName: "IX_assessment_seasonal_reminders_UnitId_AcknowledgedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "assessment_adjustments",
                newName: "supervision_assessment_adjustments");

            migrationBuilder.RenameIndex(
                name: "IX_assessment_adjustments_PeriodKey_UnitId",
                table: "supervision_assessment_adjustments",
                newName: "IX_supervision_assessment_adjustments_PeriodKey_UnitId");

            migrationBuilder.RenameTable(
                name: "assessment_locks",
                newName: "supervision_assessment_locks");

            migrationBuilder.RenameTable(
                name: "assessment_case_facts",
                newName: "supervision_case_facts");

            migrationBuilder.RenameIndex(
                name: "IX_assessment_case_facts_CategoryId_RegisteredAtUtc",
                table: "supervision_case_facts",
                newName: "IX_supervision_case_facts_CategoryId_RegisteredAtUtc");

            migrationBuilder.RenameIndex(
                name: "IX_assessment_case_facts_ClosedAtUtc_Rating",
                table: "supervision_case_facts",
                newName: "IX_supervision_case_facts_ClosedAtUtc_Rating");

            migrationBuilder.RenameIndex(
                name: "IX_assessment_case_facts_RegisteredAtUtc_Status_CategoryId_AreaId_Channel",
                table: "supervision_case_facts",
                newName: "IX_supervision_case_facts_RegisteredAtUtc_Status_CategoryId_AreaId_Channel");

            migrationBuilder.RenameIndex(
                name: "IX_assessment_case_facts_Status",
                table: "supervision_case_facts",
                newName: "IX_supervision_case_facts_Status");

            migrationBuilder.RenameTable(
                name: "assessment_seasonal_reminders",
                newName: "supervision_seasonal_reminders");

            migrationBuilder.RenameIndex(
                name: "IX_assessment_seasonal_reminders_CategoryId_UnitId_Year_PeakMonth",
                table: "supervision_seasonal_reminders",
                newName: "IX_supervision_seasonal_reminders_CategoryId_UnitId_Year_PeakMonth");

            migrationBuilder.RenameIndex(
                name: "IX_assessment_seasonal_reminders_UnitId_AcknowledgedAtUtc",
                table: "supervision_seasonal_reminders",
                newName: "IX_supervision_seasonal_reminders_UnitId_AcknowledgedAtUtc");

            migrationBuilder.DropIndex(
                name: "IX_supervision_case_supervisions_AreaId",
                table: "supervision_case_supervisions");

            migrationBuilder.DropIndex(
                name: "IX_supervision_case_supervisions_CategoryId",
                table: "supervision_case_supervisions");

            migrationBuilder.DropColumn(
                name: "AreaId",
                table: "supervision_case_supervisions");

            migrationBuilder.DropColumn(
                name: "CategoryId",
                table: "supervision_case_supervisions");
        }
    }
}
