/// A benchmark failure with the process exit code it maps to.
public struct BenchmarkError: Error, CustomStringConvertible, Sendable {
    /// Exit code: 64 for a usage error, 65 for bad input data, 66 for a missing file, 1 otherwise.
    public let exitCode: Int32
    /// One-line explanation, with `file:line:` when it concerns a place in an input file.
    public let message: String

    /// Creates an error.
    public init(exitCode: Int32, _ message: String) {
        self.exitCode = exitCode
        self.message = message
    }

    /// A command-line usage error (exit 64).
    public static func usage(_ message: String) -> BenchmarkError { BenchmarkError(exitCode: 64, message) }
    /// Bad data at `file:line` (exit 65).
    public static func data(_ file: String, _ line: Int, _ message: String) -> BenchmarkError {
        BenchmarkError(exitCode: 65, "\(file):\(line): \(message)")
    }

    /// The message.
    public var description: String { message }
}
