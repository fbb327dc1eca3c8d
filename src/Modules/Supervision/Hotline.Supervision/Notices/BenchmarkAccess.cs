using System.Runtime.CompilerServices;

// The benchmark prints the 督办单's render time from the same layout the app prints (issue #15).
[assembly: InternalsVisibleTo("Hotline.Benchmarks")]
