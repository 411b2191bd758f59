import Foundation
import TerritoryModel

/// A territory read from its folder, with the warnings and notes found on the way.
public struct LoadedTerritory: Sendable {
    /// The validated territory.
    public var territory: Territory
    /// Warnings and notes (never errors), in file order; print them before the command's output.
    public var warnings: [Diagnostic]
    /// The folder it was read from.
    public var directory: URL
    /// The encoding each CSV file was in, by file name.
    public var encodings: [String: TextEncoding]
}

/// A territory folder that cannot be used: every error of every file, plus the warnings.
public struct TerritoryLoadError: Error, Sendable, CustomStringConvertible {
    /// Errors first (in file order: hospitals.csv, doctors.csv, reps.csv, rules.json), then warnings and notes.
    public var diagnostics: [Diagnostic]
    /// What failed: only missing folders or files, or any content.
    public var kind: Kind

    /// What a load failed on; commands map it to an exit code.
    public enum Kind: Sendable, Hashable {
        /// Only folders or files that do not exist or cannot be read.
        case missing
        /// Any content: bad bytes, bad values, broken references.
        case invalid
        /// An input of the wrong kind for where it was given (a file where only a folder will do): a usage error.
        case misused
    }

    /// Creates a load error.
    public init(diagnostics: [Diagnostic], kind: Kind) {
        self.diagnostics = diagnostics
        self.kind = kind
    }
    /// The errors, one per line.
    public var description: String { DiagnosticPrinter.render(diagnostics) }

    /// The errors alone.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
