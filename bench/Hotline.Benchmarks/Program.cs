using System.Diagnostics;
using Hotline.Benchmarks;
using Hotline.Intake.FlowSheet;
using Hotline.Platform.Documents;
using Hotline.Platform.Documents.Fonts;
using Hotline.Supervision.Notices;

// Flow sheet (工作流转单) rendering: CPU per sheet, throughput, peak memory. Not a test: it prints numbers.
//   dotnet run -c Release --project bench/Hotline.Benchmarks [-- --rows 60 --sheets 1000]
// Targets (issue #7, 2 cores): <= 40 ms CPU per 60-row sheet, 1,000 sheets <= 60 s, peak <= 300 MB.

var rows = Option("--rows", 60);
var sheets = Option("--sheets", 1000);
const int warmUp = 30;

PdfFonts.EnsureInitialized(new DocumentFontOptions());
var renderer = new DocumentRenderer();
var facts = BenchmarkData.Facts();
var steps = BenchmarkData.Steps(rows);

// The same two steps the app takes on print: facts + steps -> Document, Document -> PDF bytes.
byte[] Sheet() => renderer.Render(FlowSheetLayout.Build(facts, steps));

var process = Process.GetCurrentProcess();
var sample = Sheet();
for (var i = 1; i < warmUp; i++)
    Sheet();

// Sequential, one sheet after another as one user's prints are: CPU per sheet and wall time for the batch.
GC.Collect();
GC.WaitForPendingFinalizers();
var gen0 = GC.CollectionCount(0);
var gen2 = GC.CollectionCount(2);
var allocated = GC.GetTotalAllocatedBytes(precise: true);
process.Refresh();
var cpuBefore = process.TotalProcessorTime;
var wall = Stopwatch.StartNew();
long bytes = 0;
for (var i = 0; i < sheets; i++)
    bytes += Sheet().Length;
wall.Stop();
process.Refresh();
var cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
var allocatedPerSheet = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)sheets;
var sequentialGen0 = GC.CollectionCount(0) - gen0;
var sequentialGen2 = GC.CollectionCount(2) - gen2;

// In parallel on every core, as several users printing at once.
var parallelWall = Stopwatch.StartNew();
Parallel.For(0, sheets, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, _ => Sheet());
parallelWall.Stop();

process.Refresh();
var peakMb = process.PeakWorkingSet64 / 1024.0 / 1024.0;
var gc = GC.GetGCMemoryInfo();
using var pdf = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(sample), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);

var cpuPerSheet = cpuMs / sheets;
Console.WriteLine($"Flow sheet benchmark — {rows} timeline rows, {pdf.PageCount} pages, {sample.Length / 1024.0:0} KB per PDF");
Console.WriteLine($"  machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC");
Console.WriteLine($"  CPU per sheet (process CPU / {sheets}):  {cpuPerSheet,8:0.0} ms   target <= 40 ms   {Verdict(cpuPerSheet <= 40)}");
Console.WriteLine($"  {sheets} sheets, one after another:     {wall.Elapsed.TotalSeconds,8:0.0} s    target <= 60 s    {Verdict(wall.Elapsed.TotalSeconds <= 60)}");
Console.WriteLine($"    documents per second:               {sheets / wall.Elapsed.TotalSeconds,8:0.0}");
Console.WriteLine($"  {sheets} sheets on {Environment.ProcessorCount} cores in parallel:    {parallelWall.Elapsed.TotalSeconds,8:0.0} s    ({sheets / parallelWall.Elapsed.TotalSeconds:0.0} documents per second)");
Console.WriteLine($"  peak working set:                     {peakMb,8:0} MB   target <= 300 MB  {Verdict(peakMb <= 300)}");
Console.WriteLine($"  GC: {allocatedPerSheet / 1024 / 1024:0.0} MB allocated per sheet; sequential run {sequentialGen0} gen0 / {sequentialGen2} gen2 collections; " +
                  $"heap after {gc.HeapSizeBytes / 1024.0 / 1024.0:0} MB, committed {gc.TotalCommittedBytes / 1024.0 / 1024.0:0} MB, pause {gc.PauseTimePercentage:0.0}%");
Console.WriteLine($"  average PDF size: {bytes / (double)sheets / 1024:0} KB");

// Supervision notice (督办单, issue #15): one A4 page for a normal case. Target <= 40 ms CPU per notice.
var notice = NoticeLayout.Build(BenchmarkData.Notice());
for (var i = 0; i < warmUp; i++)
    renderer.Render(notice);
process.Refresh();
var noticeCpuBefore = process.TotalProcessorTime;
var notices = Math.Max(100, sheets / 2);
for (var i = 0; i < notices; i++)
    renderer.Render(NoticeLayout.Build(BenchmarkData.Notice()));
process.Refresh();
var cpuPerNotice = (process.TotalProcessorTime - noticeCpuBefore).TotalMilliseconds / notices;
Console.WriteLine($"Supervision notice benchmark — {notices} notices");
Console.WriteLine($"  CPU per notice:                        {cpuPerNotice,8:0.0} ms   target <= 40 ms   {Verdict(cpuPerNotice <= 40)}");

ArchiveAndAssessmentBench.Run(renderer, records: Math.Max(50, sheets / 10), chain: Option("--chain", 100_000));
ArchiveAndAssessmentBench.Assessment(renderer, units: 40);
SearchAndTopicsBench.Search(Option("--articles", 20_000));
SearchAndTopicsBench.Topics(5_000);
return;

static string Verdict(bool met) => met ? "met" : "NOT MET";

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value > 0 ? value : fallback;
}
