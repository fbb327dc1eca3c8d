using System.Runtime.CompilerServices;

// The benchmark prints the record PDF's render time and the chain check's speed from the app's own code (issue #17).
[assembly: InternalsVisibleTo("Hotline.Benchmarks")]
