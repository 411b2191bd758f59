import Foundation

/// Runs the `territory` executable built next to this test bundle and captures what it prints.
enum BuiltBinary {
    /// `.build/debug/territory` (or the scratch path in use), found beside the test bundle.
    static let url: URL? = {
        var candidates: [URL] = []
        for start in [Bundle.main.bundleURL, Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap({ $0 }) {
            var dir = start
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("territory"))
                dir = dir.deletingLastPathComponent()
            }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
    }()

    struct Result: Equatable {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// Runs `territory ARGUMENTS` in `directory` with `environment` added (NO_COLOR unset unless given).
    /// `launcher`, when given, is the whole command that starts the binary (e.g. setpriv … territory).
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                    launcher: [String]? = nil) throws -> Result {
        guard let url else { throw CocoaError(.fileNoSuchFile) }
        let p = Process()
        p.executableURL = launcher.map { URL(fileURLWithPath: $0[0]) } ?? url
        p.arguments = (launcher.map { Array($0.dropFirst()) } ?? []) + arguments
        if let directory { p.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["TERRITORY_HOME"] = nil
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self), status: p.terminationStatus)
    }
}
