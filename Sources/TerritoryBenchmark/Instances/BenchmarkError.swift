/// A benchmark failure with the process exit code it maps to.
public struct BenchmarkError: Error, CustomStringConvertible, Sendable {
    /// Exit code: 65 for bad input data, 66 for a missing file, 73 for an output that cannot be written, 1 otherwise
    /// (usage errors are `UsageError`s of the shared argument parser, 64).
    public let exitCode: Int32
    /// One-line explanation, with `file:line:` when it concerns a place in an input file.
    public let message: String

    /// Creates an error.
    public init(exitCode: Int32, _ message: String) {
        self.exitCode = exitCode
        self.message = message
    }

    /// Bad data at `file:line` (exit 65).
    public static func data(_ file: String, _ line: Int, _ message: String) -> BenchmarkError {
        BenchmarkError(exitCode: 65, "\(file):\(line): \(message)")
    }

    /// The message.
    public var description: String { message }
}
