// helm and kubectl are separate processes on a 2-core machine, and the cluster tests share one API server:
// running test classes one after another keeps timings predictable and the server's log readable.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
