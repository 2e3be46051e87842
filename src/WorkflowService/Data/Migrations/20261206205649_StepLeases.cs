using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Innominatus.WorkflowService.Data.Migrations
{
    /// <inheritdoc />
    public partial class StepLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "lease_expires_at",
                schema: "workflow",
                table: "step_executions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "worker_id",
                schema: "workflow",
                table: "step_executions",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_step_executions_lease_expires_at",
                schema: "workflow",
                table: "step_executions",
                column: "lease_expires_at",
                filter: "state = 'running'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_step_executions_lease_expires_at",
                schema: "workflow",
                table: "step_executions");

            migrationBuilder.DropColumn(
                name: "lease_expires_at",
                schema: "workflow",
                table: "step_executions");

            migrationBuilder.DropColumn(
                name: "worker_id",
                schema: "workflow",
                table: "step_executions");
        }
    }
}
