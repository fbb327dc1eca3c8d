using System.Runtime.CompilerServices;

// The benchmark (bench/Hotline.Benchmarks) times FlowSheetLayout, the same code the app prints with,
// without a database; the layout stays internal to the module like everything else here.
[assembly: InternalsVisibleTo("Hotline.Benchmarks")]
