import Foundation
import TerritoryCommands

/// plan.json as `territory check`, `report --plan`, `export` and `progress` read it: a plan or structured errors.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlan(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let url = scratch.appendingPathComponent("plan.json")
    try? bytes(data, size).write(to: url)
    do { _ = try PlanFile.read(url) } catch { requireStructured(error) }
    return 0
}
