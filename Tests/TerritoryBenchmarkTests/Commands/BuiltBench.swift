import Foundation

/// Runs the `territory-bench` executable built next to this test bundle and captures what it prints.
enum BuiltBench {
    /// `.build/debug/territory-bench` (or the scratch path in use), found beside the test bundle.
    static let url: URL? = {
        var candidates: [URL] = []
        for start in [Bundle.main.bundleURL, Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap({ $0 }) {
            var dir = start
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("territory-bench"))
                dir = dir.deletingLastPathComponent()
            }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
    }()

    /// Whether the binary was found (tests that launch it are skipped otherwise).
    static let available = url != nil

    /// What one run printed and its exit status.
    struct Result: Equatable {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// Runs `territory-bench ARGUMENTS` in `directory`.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        guard let url else { throw CocoaError(.fileNoSuchFile) }
        let p = Process()
        p.executableURL = url
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self), status: p.terminationStatus)
    }

    /// A fresh temporary directory holding `files` (name → contents).
    static func directory(with files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("territory-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }
}
