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
    /// 66 when only missing folders/files are wrong, 65 when any content is.
    public var exitCode: Int32
    /// The errors, one per line.
    public var description: String { DiagnosticPrinter.render(diagnostics) }

    /// The errors alone.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
