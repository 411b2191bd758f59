import Foundation

/// One of the package's executables, found next to the test bundle (`.build/debug/NAME` or the
/// scratch path in use), run with its standard output and error captured.
public struct BuiltExecutable: Sendable {
    /// What one run printed and its exit status.
    public struct Result: Equatable, Sendable {
        public var stdout: String
        public var stderr: String
        public var status: Int32

        public init(stdout: String, stderr: String, status: Int32) {
            self.stdout = stdout
            self.stderr = stderr
            self.status = status
        }
    }

    /// The executable, or nil when it was not found.
    public let url: URL?

    /// The executable `name` beside the test bundle: looked for in the bundle's folder and up to
    /// three folders above it.
    public init(named name: String) {
        var candidates: [URL] = []
        for start in [Bundle.main.bundleURL, Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap({ $0 }) {
            var dir = start
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent(name))
                dir = dir.deletingLastPathComponent()
            }
        }
        url = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
    }

    /// The executable at `url`.
    public init(url: URL) {
        self.url = url
    }

    /// Runs the executable with `arguments` in `directory` (default: the current one) and
    /// `environment` (default: this process's) and an empty standard input, and waits for it to exit.
    ///
    /// Standard output and error go to two temporary files rather than pipes, so the child never
    /// blocks on a full pipe buffer however much it writes to either, and neither stream has to
    /// be drained before the other.
    /// `launcher`, when given, is the whole command that starts the executable (for example
    /// `setpriv --reuid nobody … /path/to/territory`); `arguments` follow it.
    public func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
        launcher: [String]? = nil
    ) throws -> Result {
        guard let url else { throw CocoaError(.fileNoSuchFile) }
        let scratch = try TestScratch.folder("built-executable")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
            FileManager.default.createFile(atPath: errURL.path, contents: nil)
        else { throw CocoaError(.fileWriteUnknown) }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }

        let p = Process()
        p.executableURL = launcher.map { URL(fileURLWithPath: $0[0]) } ?? url
        p.arguments = (launcher.map { Array($0.dropFirst()) } ?? []) + arguments
        if let directory { p.currentDirectoryURL = directory }
        if let environment { p.environment = environment }
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = out
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        return Result(
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            status: p.terminationStatus)
    }
}
