import Foundation
import TerritoryFormats

/// plan.json as `territory check`, `report --plan`, `export` and `progress` read it: a plan or structured errors.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlan(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // In memory, as PlanFile.read does after reading the file: bytes that are not UTF-8 are refused
    // there before parsing.
    guard let text = String(data: bytes(data, size), encoding: .utf8) else { return 0 }
    do { _ = try PlanFile.parse(text, file: "plan.json") } catch { requireStructured(error) }
    return 0
}
