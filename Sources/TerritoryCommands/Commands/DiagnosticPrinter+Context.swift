import Foundation
import TerritoryFormats

extension DiagnosticPrinter {
    /// Writes diagnostics to the context's standard error (in Chinese where a diagnostic has a Chinese
    /// text and `language` is zh).
    public static func print(_ diagnostics: [Diagnostic], language: Language = .en, to context: CommandContext) {
        guard !diagnostics.isEmpty else { return }
        context.stderr.write(render(diagnostics, language: language))
    }

    /// Prints a failed load's diagnostics and the closing line `2 errors in DIR; nothing was planned`.
    public static func printFailure(
        _ error: TerritoryLoadError, in directory: URL, nothing outcome: String, language: Language = .en,
        to context: CommandContext
    ) {
        print(error.diagnostics, language: language, to: context)
        let n = error.errors.count
        if n > 0 { context.stderr.write("\(count(n, "error")) in \(directory.path); nothing was \(outcome)\n") }
    }

    /// Prints why a snapshot could not be read, and `N errors in PATH; nothing was OUTCOME` when there were errors.
    static func printSnapshotFailure(_ error: TerritoryLoadError, path: String, nothing outcome: String, language: Language, to context: CommandContext) {
        print(error.diagnostics, language: language, to: context)
        if error.kind != .misused && !error.errors.isEmpty {
            context.stderr.write("\(DiagnosticPrinter.count(error.errors.count, "error")) in \(path); nothing was \(outcome)\n")
        }
    }
}
