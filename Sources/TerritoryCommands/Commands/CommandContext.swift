import Foundation
import TerritoryFormats

/// Where a command writes text: standard output, standard error, or a buffer in tests.
public final class TextSink: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer: String = ""
    private let handle: FileHandle?

    /// A sink writing to a file handle (standard output or error).
    public init(handle: FileHandle) { self.handle = handle }

    /// A sink collecting text in memory; read it back with `text`.
    public init() { self.handle = nil }

    /// Writes text as UTF-8.
    public func write(_ text: String) {
        if let handle {
            handle.write(Data(text.utf8))
        } else {
            lock.lock()
            buffer += text
            lock.unlock()
        }
    }

    /// Everything written to an in-memory sink.
    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return buffer
    }
}

/// What a command may touch of the outside world: its output streams, environment, working directory and
/// the executable's path. Tests build one with in-memory sinks.
public struct CommandContext: Sendable {
    /// Standard output.
    public var stdout: TextSink
    /// Standard error.
    public var stderr: TextSink
    /// Environment variables.
    public var environment: [String: String]
    /// The current directory, absolute.
    public var currentDirectory: String
    /// Absolute path of the running `territory` executable, if known.
    public var executablePath: String?
    /// Whether standard output is a terminal (colour is used only then, and only without NO_COLOR).
    public var stdoutIsTerminal: Bool
    /// Whether standard error is a terminal (a long run's progress counts reps and time left only then).
    public var stderrIsTerminal = false
    /// Whether the command may take over SIGINT (Ctrl-C) to stop cleanly: the real process only.
    public var handlesInterrupts = false
    /// The moment the command runs (defaults such as "next month" follow from it).
    public var now: Date = Date()
    /// The language of messages: `--lang` when the command line gives it (a command sets this before parsing,
    /// so usage errors speak it too), else English when LC_ALL/LC_MESSAGES/LANG starts with `en`, else Chinese.
    public var language: Language

    /// Creates a context.
    public init(
        stdout: TextSink, stderr: TextSink, environment: [String: String], currentDirectory: String,
        executablePath: String?, stdoutIsTerminal: Bool
    ) {
        self.stdout = stdout
        self.stderr = stderr
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.executablePath = executablePath
        self.stdoutIsTerminal = stdoutIsTerminal
        language = Language.of(environment: environment)
    }

    /// The real process: standard streams, `ProcessInfo` environment, `isatty(1)` and `isatty(2)`.
    public static func process() -> CommandContext {
        var context = CommandContext(
            stdout: TextSink(handle: .standardOutput), stderr: TextSink(handle: .standardError),
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: Bundle.main.executableURL?.resolvingSymlinksInPath().path,
            stdoutIsTerminal: isatty(1) == 1)
        context.stderrIsTerminal = isatty(2) == 1
        context.handlesInterrupts = true
        return context
    }

    /// In-memory streams for tests.
    public static func captured(
        environment: [String: String] = [:], currentDirectory: String = "/",
        executablePath: String? = nil, stdoutIsTerminal: Bool = false
    ) -> CommandContext {
        CommandContext(
            stdout: TextSink(), stderr: TextSink(), environment: environment,
            currentDirectory: currentDirectory, executablePath: executablePath, stdoutIsTerminal: stdoutIsTerminal)
    }

    /// Whether output to standard output may use ANSI colour.
    public var usesColor: Bool { stdoutIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty }
}

/// Exit codes, as in BSD sysexits.h.
public enum ExitCode {
    /// Success.
    public static let success: Int32 = 0
    /// Bad command line (EX_USAGE).
    public static let usage: Int32 = 64
    /// Bad input data (EX_DATAERR).
    public static let dataError: Int32 = 65
    /// An input file or folder does not exist or cannot be read (EX_NOINPUT).
    public static let noInput: Int32 = 66
    /// An output file cannot be written (EX_CANTCREAT).
    public static let cannotCreate: Int32 = 73
    /// Stopped by Ctrl-C (128 + SIGINT, as shells report it); nothing written.
    public static let interrupted: Int32 = 130
}

extension TerritoryLoadError {
    /// The exit code of a command that failed to load its input: 66 (EX_NOINPUT) when only folders or
    /// files are missing, 65 (EX_DATAERR) when any content is wrong.
    public var exitCode: Int32 {
        switch kind {
        case .missing: ExitCode.noInput
        case .invalid: ExitCode.dataError
        case .misused: ExitCode.usage
        }
    }
}
