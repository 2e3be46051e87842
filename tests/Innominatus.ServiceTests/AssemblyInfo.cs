// Service tests share one PostgreSQL and one RabbitMQ; queues are named per service, so two hosts of one
// service in parallel would steal each other's messages.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
