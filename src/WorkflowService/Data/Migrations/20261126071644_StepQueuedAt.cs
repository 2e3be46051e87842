using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Innominatus.WorkflowService.Data.Migrations
{
    /// <inheritdoc />
    public partial class StepQueuedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "queued_at",
                schema: "workflow",
                table: "step_executions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_step_executions_queued_at",
                schema: "workflow",
                table: "step_executions",
                column: "queued_at",
                filter: "state = 'queued'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_step_executions_queued_at",
                schema: "workflow",
                table: "step_executions");

            migrationBuilder.DropColumn(
                name: "queued_at",
                schema: "workflow",
                table: "step_executions");
        }
    }
}
