using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Innominatus.WorkflowService.Data.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationsResourcesWorkflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "applications",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    team = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    current_revision = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "golden_path_runs",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    golden_path = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    parameters = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    team = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    execution_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_golden_path_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    payload = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_executions",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    application = table.Column<string>(type: "text", nullable: true),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: true),
                    operation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    team = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    definition = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    parameters = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    outputs = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    error = table.Column<string>(type: "text", nullable: true),
                    trace_parent = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_executions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "application_revisions",
                schema: "workflow",
                columns: table => new
                {
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    spec = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    spec_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_resources = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_revisions", x => new { x.application_id, x.revision });
                    table.ForeignKey(
                        name: "FK_application_revisions_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "workflow",
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resources",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application = table.Column<string>(type: "text", nullable: false),
                    team = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    type = table.Column<string>(type: "text", nullable: false),
                    @class = table.Column<string>(name: "class", type: "text", nullable: true),
                    shared_id = table.Column<string>(type: "text", nullable: true),
                    provider = table.Column<string>(type: "text", nullable: false),
                    parameters = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    desired_operation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    outputs = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources", x => x.id);
                    table.CheckConstraint("ck_resources_state", "state IN ('requested', 'provisioning', 'active', 'failed', 'deprovisioning', 'deleted')");
                    table.ForeignKey(
                        name: "FK_resources_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "workflow",
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "step_executions",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    execution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    phase = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    depends_on = table.Column<List<string>>(type: "text[]", nullable: false),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    attempt = table.Column<int>(type: "integer", nullable: false),
                    max_attempts = table.Column<int>(type: "integer", nullable: false),
                    not_before = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outputs = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    error = table.Column<string>(type: "text", nullable: true),
                    skip_reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_step_executions", x => x.id);
                    table.ForeignKey(
                        name: "FK_step_executions_workflow_executions_execution_id",
                        column: x => x.execution_id,
                        principalSchema: "workflow",
                        principalTable: "workflow_executions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "step_logs",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    execution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    line = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_step_logs", x => x.id);
                    table.ForeignKey(
                        name: "FK_step_logs_workflow_executions_execution_id",
                        column: x => x.execution_id,
                        principalSchema: "workflow",
                        principalTable: "workflow_executions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resource_transitions",
                schema: "workflow",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    to_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resource_transitions", x => x.id);
                    table.ForeignKey(
                        name: "FK_resource_transitions_resources_resource_id",
                        column: x => x.resource_id,
                        principalSchema: "workflow",
                        principalTable: "resources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_applications_name",
                schema: "workflow",
                table: "applications",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_applications_team",
                schema: "workflow",
                table: "applications",
                column: "team");

            migrationBuilder.CreateIndex(
                name: "IX_golden_path_runs_team_requested_at",
                schema: "workflow",
                table: "golden_path_runs",
                columns: new[] { "team", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_created_at_id",
                schema: "workflow",
                table: "outbox_messages",
                columns: new[] { "created_at", "id" },
                filter: "published_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_resource_transitions_resource_id_at",
                schema: "workflow",
                table: "resource_transitions",
                columns: new[] { "resource_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_resources_application_id_name",
                schema: "workflow",
                table: "resources",
                columns: new[] { "application_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_resources_team",
                schema: "workflow",
                table: "resources",
                column: "team");

            migrationBuilder.CreateIndex(
                name: "IX_resources_type_state",
                schema: "workflow",
                table: "resources",
                columns: new[] { "type", "state" });

            migrationBuilder.CreateIndex(
                name: "IX_step_executions_execution_id_name",
                schema: "workflow",
                table: "step_executions",
                columns: new[] { "execution_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_step_executions_not_before",
                schema: "workflow",
                table: "step_executions",
                column: "not_before",
                filter: "state = 'pending' AND not_before IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_step_logs_execution_id_id",
                schema: "workflow",
                table: "step_logs",
                columns: new[] { "execution_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_executions_application_created_at",
                schema: "workflow",
                table: "workflow_executions",
                columns: new[] { "application", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_executions_request_id",
                schema: "workflow",
                table: "workflow_executions",
                column: "request_id",
                unique: true,
                filter: "request_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_executions_team_created_at",
                schema: "workflow",
                table: "workflow_executions",
                columns: new[] { "team", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_revisions",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "golden_path_runs",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "resource_transitions",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "step_executions",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "step_logs",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "resources",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "workflow_executions",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "applications",
                schema: "workflow");
        }
    }
}
