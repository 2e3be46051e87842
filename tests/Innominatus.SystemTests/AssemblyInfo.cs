// Whole-system tests start the AppHost, whose Erlang ports are fixed per run and whose settings are process-wide.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
