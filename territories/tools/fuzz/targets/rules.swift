import Foundation
import TerritoryFormats

/// rules.json: rules, or diagnostics that name rules.json with at least one error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = try? TextDecoder.decode(bytes(data, size)).text else { return 0 }
    var diagnostics: [Diagnostic] = []
    let rules = RulesReader.parse(text, diagnostics: &diagnostics)
    if diagnostics.contains(where: { $0.file != RulesReader.fileName }) { fatalError("diagnostic without its file") }
    if rules == nil && !diagnostics.contains(where: { $0.severity == .error }) { fatalError("refused without an error") }
    if let rules, !rules.validationProblems().isEmpty { fatalError("accepted invalid rules") }
    return 0
}
