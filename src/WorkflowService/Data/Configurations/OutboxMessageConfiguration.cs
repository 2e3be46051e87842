using Innominatus.WorkflowService.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Innominatus.WorkflowService.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("outbox_messages");
        message.HasKey(m => m.Id);
        message.Property(m => m.MessageType).HasMaxLength(256);
        message.Property(m => m.Payload).HasColumnType("jsonb");
        // The relay only ever reads unpublished rows, oldest first.
        message.HasIndex(m => new { m.CreatedAt, m.Id }).HasFilter("published_at IS NULL");
    }
}
