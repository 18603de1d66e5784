using Xunit;

// The interpreter keeps its state in statics (one interpreter per process, as on a board), so test classes that
// run Python must not run at the same time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
