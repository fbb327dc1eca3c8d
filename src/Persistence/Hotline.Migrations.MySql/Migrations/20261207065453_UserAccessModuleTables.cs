using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.MySql.Migrations
{
    /// <summary>
    /// The account tables move to the UserAccess module: renamed in place, rows kept. MySQL names every primary key
    /// PRIMARY and keeps it through a rename, so the keys are not dropped and added again: dropping the key of an
    /// AUTO_INCREMENT column would make Pomelo create a stored procedure, which the installer's least-privilege account
    /// (no CREATE ROUTINE) may not.
    /// </summary>
    public partial class UserAccessModuleTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_platform_role_claims_platform_roles_RoleId",
                table: "platform_role_claims");

            migrationBuilder.DropForeignKey(
                name: "FK_platform_user_claims_platform_users_UserId",
                table: "platform_user_claims");

            migrationBuilder.DropForeignKey(
                name: "FK_platform_user_logins_platform_users_UserId",
                table: "platform_user_logins");

            migrationBuilder.DropForeignKey(
                name: "FK_platform_user_roles_platform_roles_RoleId",
                table: "platform_user_roles");

            migrationBuilder.DropForeignKey(
                name: "FK_platform_user_roles_platform_users_UserId",
                table: "platform_user_roles");

            migrationBuilder.DropForeignKey(
                name: "FK_platform_user_tokens_platform_users_UserId",
                table: "platform_user_tokens");

            migrationBuilder.RenameTable(
                name: "platform_user_tokens",
                newName: "useraccess_user_tokens");

            migrationBuilder.RenameTable(
                name: "platform_user_roles",
                newName: "useraccess_user_roles");

            migrationBuilder.RenameTable(
                name: "platform_user_logins",
                newName: "useraccess_user_logins");

            migrationBuilder.RenameTable(
                name: "platform_user_claims",
                newName: "useraccess_user_claims");

            migrationBuilder.RenameTable(
                name: "platform_roles",
                newName: "useraccess_roles");

            migrationBuilder.RenameTable(
                name: "platform_role_claims",
                newName: "useraccess_role_claims");

            migrationBuilder.RenameIndex(
                name: "IX_platform_user_roles_RoleId",
                table: "useraccess_user_roles",
                newName: "IX_useraccess_user_roles_RoleId");

            migrationBuilder.RenameIndex(
                name: "IX_platform_user_logins_UserId",
                table: "useraccess_user_logins",
                newName: "IX_useraccess_user_logins_UserId");

            migrationBuilder.RenameIndex(
                name: "IX_platform_user_claims_UserId",
                table: "useraccess_user_claims",
                newName: "IX_useraccess_user_claims_UserId");

            migrationBuilder.RenameIndex(
                name: "IX_platform_role_claims_RoleId",
                table: "useraccess_role_claims",
                newName: "IX_useraccess_role_claims_RoleId");

            migrationBuilder.RenameTable(
                name: "platform_users",
                newName: "useraccess_users");

            migrationBuilder.RenameIndex(
                name: "IX_platform_users_PhoneExtension",
                table: "useraccess_users",
                newName: "IX_useraccess_users_PhoneExtension");

            migrationBuilder.RenameIndex(
                name: "IX_platform_users_UnitId",
                table: "useraccess_users",
                newName: "IX_useraccess_users_UnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_useraccess_role_claims_useraccess_roles_RoleId",
                table: "useraccess_role_claims",
                column: "RoleId",
                principalTable: "useraccess_roles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_useraccess_user_claims_useraccess_users_UserId",
                table: "useraccess_user_claims",
                column: "UserId",
                principalTable: "useraccess_users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_useraccess_user_logins_useraccess_users_UserId",
                table: "useraccess_user_logins",
                column: "UserId",
                principalTable: "useraccess_users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_useraccess_user_roles_useraccess_roles_RoleId",
                table: "useraccess_user_roles",
                column: "RoleId",
                principalTable: "useraccess_roles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_useraccess_user_roles_useraccess_users_UserId",
                table: "useraccess_user_roles",
                column: "UserId",
                principalTable: "useraccess_users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_useraccess_user_tokens_useraccess_users_UserId",
                table: "useraccess_user_tokens",
                column: "UserId",
                principalTable: "useraccess_users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_useraccess_role_claims_useraccess_roles_RoleId",
                table: "useraccess_role_claims");

            migrationBuilder.DropForeignKey(
                name: "FK_useraccess_user_claims_useraccess_users_UserId",
                table: "useraccess_user_claims");

            migrationBuilder.DropForeignKey(
                name: "FK_useraccess_user_logins_useraccess_users_UserId",
                table: "useraccess_user_logins");

            migrationBuilder.DropForeignKey(
                name: "FK_useraccess_user_roles_useraccess_roles_RoleId",
                table: "useraccess_user_roles");

            migrationBuilder.DropForeignKey(
                name: "FK_useraccess_user_roles_useraccess_users_UserId",
                table: "useraccess_user_roles");

            migrationBuilder.DropForeignKey(
                name: "FK_useraccess_user_tokens_useraccess_users_UserId",
                table: "useraccess_user_tokens");

            migrationBuilder.RenameTable(
                name: "useraccess_user_tokens",
                newName: "platform_user_tokens");

            migrationBuilder.RenameTable(
                name: "useraccess_user_roles",
                newName: "platform_user_roles");

            migrationBuilder.RenameTable(
                name: "useraccess_user_logins",
                newName: "platform_user_logins");

            migrationBuilder.RenameTable(
                name: "useraccess_user_claims",
                newName: "platform_user_claims");

            migrationBuilder.RenameTable(
                name: "useraccess_roles",
                newName: "platform_roles");

            migrationBuilder.RenameTable(
                name: "useraccess_role_claims",
                newName: "platform_role_claims");

            migrationBuilder.RenameIndex(
                name: "IX_useraccess_user_roles_RoleId",
                table: "platform_user_roles",
                newName: "IX_platform_user_roles_RoleId");

            migrationBuilder.RenameIndex(
                name: "IX_useraccess_user_logins_UserId",
                table: "platform_user_logins",
                newName: "IX_platform_user_logins_UserId");

            migrationBuilder.RenameIndex(
                name: "IX_useraccess_user_claims_UserId",
                table: "platform_user_claims",
                newName: "IX_platform_user_claims_UserId");

            migrationBuilder.RenameIndex(
                name: "IX_useraccess_role_claims_RoleId",
                table: "platform_role_claims",
                newName: "IX_platform_role_claims_RoleId");

            migrationBuilder.RenameTable(
                name: "useraccess_users",
                newName: "platform_users");

            migrationBuilder.RenameIndex(
                name: "IX_useraccess_users_PhoneExtension",
                table: "platform_users",
                newName: "IX_platform_users_PhoneExtension");

            migrationBuilder.RenameIndex(
                name: "IX_useraccess_users_UnitId",
                table: "platform_users",
                newName: "IX_platform_users_UnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_platform_role_claims_platform_roles_RoleId",
                table: "platform_role_claims",
                column: "RoleId",
                principalTable: "platform_roles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_platform_user_claims_platform_users_UserId",
                table: "platform_user_claims",
                column: "UserId",
                principalTable: "platform_users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_platform_user_logins_platform_users_UserId",
                table: "platform_user_logins",
                column: "UserId",
                principalTable: "platform_users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_platform_user_roles_platform_roles_RoleId",
                table: "platform_user_roles",
                column: "RoleId",
                principalTable: "platform_roles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_platform_user_roles_platform_users_UserId",
                table: "platform_user_roles",
                column: "UserId",
                principalTable: "platform_users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_platform_user_tokens_platform_users_UserId",
                table: "platform_user_tokens",
                column: "UserId",
                principalTable: "platform_users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
