import Foundation

/// Where the shared benchmark files are, relative to this package.
enum BenchmarkFiles {
    /// `../shared/benchmarks` next to the package root.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.deletingLastPathComponent().appendingPathComponent("shared/benchmarks").path
    }()
    /// Whether the benchmark files are present.
    static let available = FileManager.default.fileExists(atPath: root + "/pvrp/bks.csv")
    /// The 42 Cordeau instance names.
    static let cordeauNames = (1...32).map { String(format: "p%02d", $0) } + (1...10).map { String(format: "pr%02d", $0) }
}
