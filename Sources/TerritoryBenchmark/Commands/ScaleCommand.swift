import Foundation
import TerritoryCommands
import TerritoryFormats

/// `territory-bench scale`: `territory plan` end to end on generated territories of growing size.
struct ScaleCommand: BenchmarkCommand {
    let name = "scale"
    let summary = "Plan generated territories of growing size with the territory binary: time, reps/s, peak memory, coverage, travel"

    static let parser = ArgumentParser(options: [
        .value("--reps", valueName: "N,…", help: "Territory sizes in reps, ascending (default 100,1000)"),
        .value("--doctors-per-rep", valueName: "K", help: "Doctors per rep (default 150, the national shape)"),
        .value("--seed", valueName: "N", help: "Generator and planner seed (default 1)"),
        .value("--iterations", valueName: "N", help: "Solver iterations per rep passed to plan (default: plan's default)"),
        .value("--shards", valueName: "N", help: "Plan as N slices one after another and merge them (default 1: one run)"),
        .value("--work", valueName: "DIR", help: "Folder for the territories and plans (default: a new folder under /tmp)"),
    ])

    var help: String {
        help(
            details: """
                For each size it writes a district (`generate --doctors-per-rep K`), runs `territory plan
                --month 2026-12 --format json` on it as a child process (the binary beside this one, so
                build both in release) and prints one line: reps, doctors, wall seconds, reps per
                second, the child's CPU seconds (user + system; steadier than wall time on a shared
                machine), its peak resident memory, planned ÷ required visits in total and for red,
                and travel km. Peak memory is the largest child so far (getrusage RUSAGE_CHILDREN), so
                give sizes in ascending order. With --shards N it plans N slices in turn and merges them,
                reporting the largest slice's memory and the total time.
                """)
    }

    /// The options of `territory-bench scale`.
    struct Options: CommandOptions {
        var sizes: [Int]
        var doctorsPerRep: Int
        var seed: UInt64
        var iterations: Int?
        var shards: Int
        var work: String?

        init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            var sizes: [Int] = []
            for part in (parsed.value("--reps") ?? "100,1000").split(separator: ",") {
                sizes.append(try WholeNumber.parse(String(part), option: "--reps", least: 1))
            }
            guard sizes == sizes.sorted() else { throw UsageError(english: "give --reps in ascending order: peak memory is the largest child so far") }
            self.sizes = sizes
            doctorsPerRep = try WholeNumber.value(parsed, "--doctors-per-rep", least: 1) ?? 150
            seed = UInt64(try WholeNumber.value(parsed, "--seed", least: 0) ?? 1)
            iterations = try WholeNumber.value(parsed, "--iterations", least: 0)
            shards = try WholeNumber.value(parsed, "--shards", least: 1) ?? 1
            work = parsed.value("--work")
        }
    }

    func perform(_ options: Options, context: CommandContext) throws(BenchmarkError) {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("territory")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw BenchmarkError(exitCode: 69, "\(binary.path) is not there; build it first (swift build -c release)")
        }
        let work = URL(fileURLWithPath: options.work ?? NSTemporaryDirectory() + "territory-scale-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        context.stdout.write("reps  doctors  wall s  cpu s  reps/s  peak MiB  planned/required  red planned/required  travel km\n")
        for reps in options.sizes {
            var generator = DistrictGenerator(reps: reps, seed: options.seed, year: 2026, month: 12)
            generator.doctorsPerRep = options.doctorsPerRep
            let folder = work.appendingPathComponent("d\(reps)")
            try? FileManager.default.removeItem(at: folder)
            let files = generator.files().map { (path: folder.appendingPathComponent($0.key).path, bytes: Array($0.value.utf8)) }
            do { try AtomicFileWriter.write(files: files, createFolders: true) } catch { throw BenchmarkError(exitCode: 73, error.description) }
            let out = work.appendingPathComponent("p\(reps)")
            try? FileManager.default.removeItem(at: out)
            var base = ["plan", "--territory", folder.path, "--month", "2026-12", "--seed", "\(options.seed)", "--format", "json"]
            if let n = options.iterations { base += ["--iterations", "\(n)"] }
            let start = ContinuousClock.now
            let cpuBefore = Self.childCPUSeconds()
            if options.shards == 1 {
                try run(binary, base + ["--out", out.path], context: context)
            } else {
                for k in 1...options.shards {
                    try run(binary, base + ["--shard", "\(k)/\(options.shards)", "--out", out.path + "-\(k)"], context: context)
                }
                try run(
                    binary, ["merge"] + (1...options.shards).map { out.path + "-\($0)/plan.json" } + ["--out", out.path, "--lang", "en"],
                    context: context)
            }
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            let cpu = Self.childCPUSeconds() - cpuBefore
            var usage = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            let peak = Double(usage.ru_maxrss) / 1024
            let figures = try Self.figures(out.appendingPathComponent("plan.json"))
            context.stdout.write(
                "\(reps)  \(reps * options.doctorsPerRep)  \(BenchmarkTool.fixed(seconds, 1))  \(BenchmarkTool.fixed(cpu, 1))  \(BenchmarkTool.fixed(Double(reps) / seconds, 2))  "
                    + "\(BenchmarkTool.fixed(peak, 0))  \(figures.planned)/\(figures.required)  \(figures.redPlanned)/\(figures.redRequired)  "
                    + "\(BenchmarkTool.fixed(figures.km, 1))\n")
        }
    }

    /// Runs the territory binary with its output discarded; a failure is the benchmark's.
    func run(_ binary: URL, _ arguments: [String], context: CommandContext) throws(BenchmarkError) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch { throw BenchmarkError(exitCode: 69, "cannot run \(binary.path): \(error)") }
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkError(exitCode: 1, "territory \(arguments.prefix(1).joined()) failed (\(process.terminationStatus)):\n\(text.suffix(2000))")
        }
    }

    /// Visits planned and required (in total and red) and travel, from plan.json.
    static func figures(_ url: URL) throws(BenchmarkError) -> (planned: Int, required: Int, redPlanned: Int, redRequired: Int, km: Double) {
        let plan: PlanFile
        do { plan = try PlanFile.read(url) } catch { throw BenchmarkError(exitCode: 65, error.description) }
        let planned = plan.summary.reduce(0) { $0 + $1.planned }
        let required = plan.reps.reduce(0) { $0 + $1.required }
        let redPlanned = plan.visitEntries.filter { $0.zone == "red" }.count
        let redMissing = plan.unplacedEntries.filter { $0.zone == "red" }.reduce(0) { $0 + $1.unplaced.missing }
        return (planned, required, redPlanned, redPlanned + redMissing, plan.summary.reduce(0) { $0 + $1.travelKm })
    }

    /// User and system seconds of the children waited for so far (on a shared machine a steadier figure than wall time).
    static func childCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }
}
