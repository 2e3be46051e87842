// One workflow service for every test: its queues are named per service, so two in parallel would steal each
// other's messages; the CLI tests share it (CliSystemCollection) and run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
