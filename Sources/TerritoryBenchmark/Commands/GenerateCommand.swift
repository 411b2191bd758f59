import Foundation
import TerritoryCommands
import TerritoryFormats

/// `territory-bench generate`: writes a seeded district territory folder for tests and benchmarks.
struct GenerateCommand: BenchmarkCommand {
    let name = "generate"
    let summary = "Write a seeded sales district as a territory folder (hospitals, doctors, reps, managers, leave)"

    static let parser = ArgumentParser(options: [
        .value("--out", valueName: "DIR", help: "Folder to create (must not exist yet, or be empty)"),
        .value("--reps", valueName: "N", help: "Number of reps (default 20; 20 per city)"),
        .value("--seed", valueName: "N", help: "Random seed (default 1); the same seed gives the same files"),
        .value("--month", valueName: "YYYY-MM", help: "Month the leave falls in (default 2026-12)"),
        .value("--min-utilisation", valueName: "U", help: "Lowest rep utilisation drawn, as a fraction (default 0.70)"),
        .value("--max-utilisation", valueName: "U", help: "Highest rep utilisation drawn (default 1.60)"),
        .value(
            "--doctors-per-rep", valueName: "K",
            help: "Give every rep K doctors, drawn to come near the utilisation where K doctors can (default: as many as it needs)"
        ),
    ])

    var help: String {
        help(
            details: """
                Hospitals receive reps all day, 09:00-11:30 and 14:00-16:30, 08:30-11:00, only
                13:30-16:30 (15 %) or only 12:00-13:30 (15 %); a quarter of the reps take 1-3 days of leave.
                """)
    }

    /// The options of `territory-bench generate`.
    struct Options: CommandOptions {
        /// `--out DIR`.
        var out: String
        /// The district to draw.
        var generator: DistrictGenerator

        init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            guard let out = parsed.value("--out") else { throw UsageError(english: "missing --out DIR: the folder to write the district to") }
            self.out = out
            let reps = try WholeNumber.value(parsed, "--reps", least: 1) ?? 20
            let seed = try WholeNumber.value(parsed, "--seed", least: 0) ?? 1
            let monthText = parsed.value("--month") ?? "2026-12"
            let parts = monthText.split(separator: "-")
            guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month), (2000...2100).contains(year) else {
                throw UsageError(english: "invalid --month \"\(monthText)\"; expected YYYY-MM, e.g. 2026-12")
            }
            generator = DistrictGenerator(reps: reps, seed: UInt64(seed), year: year, month: month)
            for (name, keyPath) in [("--min-utilisation", \DistrictGenerator.minUtilisation), ("--max-utilisation", \DistrictGenerator.maxUtilisation)] {
                guard let text = parsed.value(name) else { continue }
                guard let u = Double(text), u > 0, u < 10 else { throw UsageError(english: "invalid \(name) \"\(text)\"; expected a fraction such as 0.7") }
                generator[keyPath: keyPath] = u
            }
            guard generator.minUtilisation <= generator.maxUtilisation else { throw UsageError(english: "--min-utilisation is above --max-utilisation") }
            generator.doctorsPerRep = try WholeNumber.value(parsed, "--doctors-per-rep", least: 1)
        }
    }

    func perform(_ options: Options, context: CommandContext) throws(BenchmarkError) {
        let out = options.out
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: out), !existing.isEmpty {
            throw BenchmarkError(exitCode: 73, "\(out) exists and is not empty; choose a new folder")
        }
        let files = options.generator.files().sorted { $0.key < $1.key }.map { (path: "\(out)/\($0.key)", bytes: Array($0.value.utf8)) }
        do {
            try AtomicFileWriter.write(files: files, createFolders: true, option: "--out")
        } catch {
            throw BenchmarkError(exitCode: 73, error.description)
        }
        let doctors = files.first { $0.path.hasSuffix("/doctors.csv") }.map { $0.bytes.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } - 1 } ?? 0
        context.stderr.write("wrote \(out): \(options.generator.reps) reps, \(doctors) doctors\n")
    }
}
