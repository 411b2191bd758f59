import Foundation
import TerritoryFormats

/// `territory-bench generate`: writes a seeded district territory folder for tests and benchmarks.
enum GenerateCommand {
    static let help = """
        OVERVIEW: Write a generated sales district as a territory folder (hospitals, doctors, reps, leave).

        USAGE: territory-bench generate --out DIR [--reps N] [--seed N] [--month YYYY-MM]
                                        [--min-utilisation U] [--max-utilisation U]

        OPTIONS:
          --out DIR              Folder to create (must not exist yet, or be empty).
          --reps N               Number of reps (default 20; 20 per city).
          --seed N               Random seed (default 1); the same seed gives the same files.
          --month YYYY-MM        Month the leave falls in (default 2026-12).
          --min-utilisation U    Lowest rep utilisation drawn, as a fraction (default 0.70).
          --max-utilisation U    Highest rep utilisation drawn (default 1.60).
          -h, --help             Show this help.

        Hospitals receive reps all day, 09:00-11:30 and 14:00-16:30, 08:30-11:00, only
        13:30-16:30 (15 %) or only 12:00-13:30 (15 %); a quarter of the reps take 1-3 days of leave.
        """

    static func run(_ words: [String]) throws(BenchmarkError) {
        let args = try Arguments(words, valued: ["out", "reps", "seed", "month", "min-utilisation", "max-utilisation"])
        if args.wantsHelp {
            print(help)
            return
        }
        guard args.positional.isEmpty else { throw .usage("generate takes no positional arguments; see --help") }
        guard let out = args.options["out"] else { throw .usage("generate needs --out DIR; see --help") }
        let reps = try args.integer("reps", default: 20)
        guard reps >= 1 else { throw .usage("--reps needs at least 1") }
        let monthText = args.options["month"] ?? "2026-12"
        let parts = monthText.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month), (2000...2100).contains(year) else {
            throw .usage("--month needs YYYY-MM, not '\(monthText)'")
        }
        var generator = DistrictGenerator(reps: reps, seed: UInt64(try args.integer("seed", default: 1)), year: year, month: month)
        for (name, keyPath) in [("min-utilisation", \DistrictGenerator.minUtilisation), ("max-utilisation", \DistrictGenerator.maxUtilisation)] {
            guard let text = args.options[name] else { continue }
            guard let u = Double(text), u > 0, u < 10 else { throw .usage("--\(name) needs a fraction such as 0.7, not '\(text)'") }
            generator[keyPath: keyPath] = u
        }
        guard generator.minUtilisation <= generator.maxUtilisation else { throw .usage("--min-utilisation is above --max-utilisation") }
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: out), !existing.isEmpty {
            throw BenchmarkError(exitCode: 73, "\(out) exists and is not empty; choose a new folder")
        }
        let files = generator.files().sorted { $0.key < $1.key }.map { (path: "\(out)/\($0.key)", bytes: Array($0.value.utf8)) }
        do {
            try AtomicFileWriter.write(files: files, createFolders: true, option: "--out")
        } catch {
            throw BenchmarkError(exitCode: 73, error.description)
        }
        BenchmarkTool.error("wrote \(out): \(reps) reps")
    }
}
