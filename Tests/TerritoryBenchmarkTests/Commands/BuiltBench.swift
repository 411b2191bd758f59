import Foundation
import TestSupport

/// Runs the `territory-bench` executable built next to this test bundle and captures what it prints.
enum BuiltBench {
    /// `.build/debug/territory-bench` (or the scratch path in use).
    static let executable = BuiltExecutable(named: "territory-bench")

    /// Whether the binary was found (tests that launch it are skipped otherwise).
    static let available = executable.url != nil

    typealias Result = BuiltExecutable.Result

    /// Runs `territory-bench ARGUMENTS` in `directory`.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        try executable.run(arguments, in: directory)
    }

    /// A fresh temporary directory holding `files` (name → contents).
    static func directory(with files: [String: String]) throws -> URL {
        let dir = try TestScratch.folder("bench")
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }
}
