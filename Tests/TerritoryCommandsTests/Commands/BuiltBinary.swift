import Foundation
import TestSupport

/// Runs the `territory` executable built next to this test bundle and captures what it prints.
enum BuiltBinary {
    /// `.build/debug/territory` (or the scratch path in use).
    static let executable = BuiltExecutable(named: "territory")

    typealias Result = BuiltExecutable.Result

    /// Runs `territory ARGUMENTS` in `directory` with `environment` added to this process's
    /// (TERRITORY_HOME, LANG, LC_ALL and LC_MESSAGES unset unless given, so the default language is Chinese
    /// whatever the machine's locale). `launcher`, when given, is the whole command that
    /// starts the binary (e.g. setpriv … territory).
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        launcher: [String]? = nil
    ) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        for k in ["TERRITORY_HOME", "LANG", "LC_ALL", "LC_MESSAGES"] { env[k] = nil }
        for (k, v) in environment { env[k] = v }
        return try executable.run(arguments, in: directory, environment: env, launcher: launcher)
    }
}
